import type { ContactInput, KonigleCampaignInput } from '../../src/domain/konigle.js';

/** A `CampaignCreate` / `CampaignUpdate` body: only the fields given (the SDK drops unset ones). */
export function campaignBody(input: Partial<KonigleCampaignInput>): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: input.name,
    description: input.description,
    audience: input.audience,
    email_channel: input.emailChannel,
    email_template: input.emailTemplate,
    scheduled_at: input.scheduledAt?.toISOString(),
    execution_duration_minutes: input.executionDurationMinutes,
    from_email: input.fromEmail,
    from_name: input.fromName,
    reply_to_email: input.replyToEmail,
    reply_to_name: input.replyToName,
    utm_code: input.utmCode,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/** A `ContactCreate` / `ContactUpdate` body; LTV fields are never sent (Konigle manages them). */
export function contactBody(input: ContactInput): Record<string, unknown> {
  const body: Record<string, unknown> = {
    email: input.email,
    first_name: input.firstName,
    last_name: input.lastName,
    phone: input.phone,
    whatsapp: input.whatsapp,
    country: input.country,
    source: input.source?.toLowerCase(),
    tags: input.tags,
    marketing_consent: input.consent,
    customer_id: input.customerId,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}
