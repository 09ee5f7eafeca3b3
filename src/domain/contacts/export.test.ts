import { describe, expect, it } from 'vitest';
import { ContactCsvWriter, exportFileName, formatCsvDateTime } from './export';

const contact = {
  id: '00000000-0000-0000-0000-000000000001',
  phone: '+237671234567',
  name: 'Awa Mbárga',
  email: 'awa@exemple.cm',
  tags: ['vip', 'Douala'],
  opt_in_status: 'opted_in' as const,
  opted_out_at: null,
  created_at: '2026-11-21T23:30:00Z',
  attributes: { ville: 'Douala' },
};

describe('formatCsvDateTime', () => {
  it('writes the date and time of the organisation’s time zone', () => {
    expect(formatCsvDateTime('2026-11-21T23:30:00Z', 'Africa/Douala')).toBe('2026-11-22 00:30');
    expect(formatCsvDateTime('2026-11-21T23:30:00Z', 'UTC')).toBe('2026-11-21 23:30');
    expect(formatCsvDateTime(null, 'UTC')).toBe('');
  });
});

describe('ContactCsvWriter', () => {
  it('writes a BOM, the French headers, one column per attribute key and French values', () => {
    const writer = new ContactCsvWriter('Africa/Douala');
    writer.add([contact]);
    writer.add([
      {
        ...contact,
        id: '00000000-0000-0000-0000-000000000002',
        phone: '+24106123456',
        name: null,
        email: null,
        tags: [],
        opt_in_status: 'opted_out',
        opted_out_at: '2026-12-01T08:00:00Z',
        attributes: { âge: 42, quartier: 'Akwa; Nord' },
      },
    ]);
    const text = [...writer.parts()].join('');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Téléphone;Nom;E-mail;Étiquettes;Statut;Désinscrit le;Créé le;âge;quartier;ville',
      '+237671234567;Awa Mbárga;awa@exemple.cm;vip, Douala;Abonné;;2026-11-22 00:30;;;Douala',
      '+24106123456;;;;Désabonné;2026-12-01 09:00;2026-11-22 00:30;42;"Akwa; Nord";',
      '',
    ]);
    expect(writer.count).toBe(2);
  });

  it('splits long files into parts without losing a line', () => {
    const writer = new ContactCsvWriter('UTC');
    writer.add(
      Array.from({ length: 12 }, (_, index) => ({ ...contact, phone: `+2376712345${10 + index}` })),
    );
    const parts = [...writer.parts(5)];
    expect(parts).toHaveLength(4);
    expect(parts.join('').split('\r\n').filter(Boolean)).toHaveLength(13);
  });
});

describe('exportFileName', () => {
  it('names the file after what is exported and today’s date in the organisation', () => {
    const now = new Date('2026-11-21T23:30:00Z');
    expect(exportFileName('Contacts', 'Africa/Douala', now)).toBe('contacts-2026-11-22.csv');
    expect(exportFileName('Segment « Jeunes à Douala »', 'UTC', now)).toBe(
      'segment-jeunes-a-douala-2026-11-21.csv',
    );
    expect(exportFileName('!!!', 'UTC', now)).toBe('contacts-2026-11-21.csv');
  });
});
