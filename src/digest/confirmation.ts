import { readFileSync } from 'node:fs';
import path from 'node:path';
import Mustache from 'mustache';
import { templateDir } from '../config/paths.ts';
import type { Mailer } from './mailer.ts';
import { signToken } from './tokens.ts';

const templates = {
  html: readFileSync(path.join(templateDir, 'confirm.html.mustache'), 'utf8'),
  text: readFileSync(path.join(templateDir, 'confirm.txt.mustache'), 'utf8'),
};

export interface PendingSubscriber {
  id: number;
  email: string;
  frequency: string;
  token_version: number;
}

/** The link that confirms a pending subscriber: signed, and revoked with the subscriber's token version. */
export function confirmUrl(publicUrl: string, secret: string, subscriber: PendingSubscriber): string {
  const token = signToken(secret, 'confirm', subscriber.id, subscriber.token_version);
  return `${publicUrl}/confirm?token=${encodeURIComponent(token)}`;
}

/**
 * Mails the double opt-in message to a pending subscriber. Returns the Message-ID; rejects with the mailer's
 * error when the message could not be handed over.
 */
export async function sendConfirmation(
  mailer: Mailer,
  options: { publicUrl: string; secret: string; caseName: string },
  subscriber: PendingSubscriber,
): Promise<string> {
  const view = {
    email: subscriber.email,
    frequency: subscriber.frequency,
    caseName: options.caseName,
    confirmUrl: confirmUrl(options.publicUrl, options.secret, subscriber),
  };
  const messageId = `<confirm-${subscriber.id}-${subscriber.token_version}-${Date.now()}@casewatch>`;
  await mailer.send({
    to: subscriber.email,
    subject: `Confirm your digest of ${options.caseName}`.replace(/[\r\n]+/g, ' '),
    html: Mustache.render(templates.html, view),
    text: Mustache.render(templates.text, view),
    messageId,
  });
  return messageId;
}
