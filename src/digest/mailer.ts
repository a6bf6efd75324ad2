import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per digest, so a resend after a crash carries the same Message-ID and clients fold it. */
  messageId: string;
  headers?: Record<string, string>;
}

export interface SentMail {
  messageId: string;
  /** Where the message went: an SMTP server's answer, or the file written. */
  destination: string;
}

/** Sends mail. Rejects with the SMTP error (its `responseCode` tells permanent 5xx from passing 4xx). */
export interface Mailer {
  send(mail: OutgoingMail): Promise<SentMail>;
  close(): Promise<void>;
}

/** A mailer over SMTP (`smtp://user:pass@host:port`), as nodemailer speaks it. */
export function createSmtpMailer(smtpUrl: string, from: string, timeoutMs = 30_000): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mail.messageId,
        headers: mail.headers,
      });
      return { messageId: mail.messageId, destination: String(info.response ?? 'smtp') };
    },
    async close() {
      transport.close();
    },
  };
}

/** The embedded mode's mailer: each message as an .eml file (the raw message) and an .html file to open. */
export function createFileMailer(dir: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      mkdirSync(dir, { recursive: true });
      const info = await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mail.messageId,
        headers: mail.headers,
      });
      const base = path.join(dir, mail.messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9._-]+/g, '_'));
      writeFileSync(`${base}.eml`, info.message as Buffer);
      writeFileSync(`${base}.html`, mail.html);
      return { messageId: mail.messageId, destination: `${base}.eml` };
    },
    async close() {
      transport.close();
    },
  };
}
