// Fills an email template's placeholders ({{record.firstName}}, {{seller.name}}, ...) for one record and seller.

import type { CrmRecord, EmailTemplate } from './model.js';

export interface PlaceholderValues {
  record: Pick<CrmRecord, 'firstName' | 'lastName' | 'name' | 'company'>;
  seller: { name: string };
}

function values({ record, seller }: PlaceholderValues): Record<string, string> {
  const sellerFirst = seller.name.trim().split(/\s+/)[0] ?? seller.name;
  return {
    'record.firstName': record.firstName || record.name,
    'record.lastName': record.lastName ?? '',
    'record.fullName': record.name,
    'record.name': record.name,
    'record.company': record.company ?? record.name,
    'seller.name': seller.name,
    'seller.firstName': sellerFirst,
  };
}

/** Replaces known placeholders; unknown ones are left as written so that a typo is visible, not silent. */
export function fillPlaceholders(text: string, input: PlaceholderValues): string {
  const known = values(input);
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => known[name] ?? whole);
}

export function renderEmail(template: EmailTemplate, input: PlaceholderValues): EmailTemplate {
  return { subject: fillPlaceholders(template.subject, input), body: fillPlaceholders(template.body, input) };
}
