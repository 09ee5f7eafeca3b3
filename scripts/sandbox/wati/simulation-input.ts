import { PHONE_NUMBER } from './contacts';

// What a test asks the sandbox to simulate (a contact writing, an operator answering) arrives as
// JSON over the control API or as typed objects in process: every field is checked here alike, and
// a refusal is answered 400 over HTTP.

export class SimulationInputError extends Error {}

export type InputFields = Readonly<Record<string, unknown>>;

const HTTP_URL = /^https?:\/\/\S+$/i;

export function whatsappNumber(fields: InputFields, name: string): string {
  const value = fields[name];
  if (typeof value !== 'string' || !PHONE_NUMBER.test(value)) {
    throw new SimulationInputError(
      `${name} must be a WhatsApp number: digits with the country code`,
    );
  }
  return value;
}

export function requiredText(fields: InputFields, name: string): string {
  const value = fields[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new SimulationInputError(`${name} is required and must not be empty`);
  }
  return value;
}

export function optionalText(fields: InputFields, name: string): string | null {
  const value = fields[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new SimulationInputError(`${name} must be a string`);
  return value;
}

export function httpUrl(fields: InputFields, name: string): string {
  const value = fields[name];
  if (typeof value !== 'string' || !HTTP_URL.test(value)) {
    throw new SimulationInputError(`${name} must be an http(s) URL`);
  }
  return value;
}
