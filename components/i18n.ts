import { browser } from 'wxt/browser';
import type messages from '@/public/_locales/vi/messages.json';

/** Every UI string has a key in public/_locales/{vi,en}/messages.json; vi is the default locale. */
export type MessageKey = keyof typeof messages;

const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return getMessage(key, substitutions) || key;
}
