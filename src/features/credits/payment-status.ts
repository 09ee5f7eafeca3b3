import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { BadgeTone } from '../../components/ui/badge';
import type { PaymentStatus } from './payment-return';

// A payment's status as its badge says it: a word and a tone, never the tone alone.

const statusLabels: Record<PaymentStatus, MessageDescriptor> = {
  pending: msg`En attente`,
  successful: msg`Payé`,
  failed: msg`Refusé`,
  cancelled: msg`Annulé`,
};

const statusTones: Record<PaymentStatus, BadgeTone> = {
  pending: 'info',
  successful: 'brand',
  failed: 'danger',
  cancelled: 'neutral',
};

export function paymentStatusLabel(status: PaymentStatus): string {
  return i18n._(statusLabels[status]);
}

export function paymentStatusTone(status: PaymentStatus): BadgeTone {
  return statusTones[status];
}
