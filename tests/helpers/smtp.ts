import type { AddressInfo, Socket } from 'node:net';
import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * What the server does with the next messages instead of accepting them:
 * - `reject`: answer the recipient with a permanent 550 (the address does not exist);
 * - `defer`: answer the message's data with a passing 451;
 * - `drop`: cut the connection while the message's data arrives;
 * - `hang`: read the data and never answer (a client timeout before the server accepted);
 * - `lose-reply`: accept and keep the message, then never answer (the reply lost: delivered, but the
 *   client cannot know).
 */
export type SmtpFault = 'reject' | 'defer' | 'drop' | 'hang' | 'lose-reply';

export interface TestSmtpServer {
  url: string;
  messages: ParsedMail[];
  /** The next `times` messages meet `fault` (the ones after that are accepted). */
  fail(fault: SmtpFault, times?: number): void;
  /** Faults still to come. */
  pendingFaults(): number;
  /** Resolves once `n` messages have arrived (rejects after `timeoutMs`). */
  waitFor(n: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1, port 0, that keeps every message it accepts, parsed. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const waiters: (() => void)[] = [];
  const faults: SmtpFault[] = [];
  const sockets = new Set<Socket>();
  const smtpError = (message: string, responseCode: number) =>
    Object.assign(new Error(message), { responseCode });
  const keep = (mail: ParsedMail) => {
    messages.push(mail);
    for (const w of waiters.splice(0)) w();
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (faults[0] === 'reject') {
        faults.shift();
        return callback(smtpError('5.1.1 No such user here', 550));
      }
      callback();
    },
    onData(stream, _session, callback) {
      const fault = faults.shift();
      if (fault === 'drop') {
        for (const socket of sockets) socket.destroy();
        stream.resume();
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          if (fault === 'defer') return callback(smtpError('4.3.0 Try again later', 451));
          if (fault === 'hang') return;
          keep(mail);
          if (fault !== 'lose-reply') callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    fail(fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
    pendingFaults: () => faults.length,
    async waitFor(n, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} messages, got ${messages.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return messages;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A header's raw value, unfolded (mailparser turns List-* headers into objects; tests want the text sent). */
export function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ');
}
