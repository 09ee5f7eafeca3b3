import { ok, v3Error } from '../http-answers';
import type { ApiRoute } from '../router';
import { newWebhookEndpoint } from '../tenant-state';

/** Legacy v2 subscription, the one webhook route Wati offers by API (reference §9.1). */
export const webhookEndpointRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/:tenant/api/v2/webhookEndpoints',
    name: 'webhookEndpoints',
    handle({ tenant, body }) {
      if (!Array.isArray(body) || body.length === 0) {
        return v3Error(400, 'The body must be a non-empty array of webhook endpoints.');
      }
      const requested = [];
      for (const [index, item] of body.entries()) {
        const { url, status = 1, eventTypes = [] } = (item ?? {}) as Record<string, unknown>;
        if (typeof url !== 'string' || !/^https?:\/\/\S+$/i.test(url)) {
          return v3Error(400, `[${index}].url must be an http(s) URL.`);
        }
        if (status !== 0 && status !== 1) return v3Error(400, `[${index}].status must be 0 or 1.`);
        if (!Array.isArray(eventTypes) || !eventTypes.every((type) => typeof type === 'string')) {
          return v3Error(400, `[${index}].eventTypes must be a list of event names.`);
        }
        if (tenant.webhooks.some((endpoint) => endpoint.url === url)) {
          return ok({
            ok: false,
            result: [],
            message: `A webhook endpoint for ${url} already exists.`,
          });
        }
        requested.push(newWebhookEndpoint(url, eventTypes as string[], status));
      }
      tenant.webhooks.push(...requested);
      return ok({
        ok: true,
        result: requested.map((endpoint) => ({
          ...endpoint,
          channelId: null,
          channelPhoneNumber: tenant.channel.phoneNumber,
          tenantId: tenant.id,
          isSentNotify: false,
        })),
      });
    },
  },
];
