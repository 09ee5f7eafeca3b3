import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../lib/errors';
import { ImportWorkerClient, type WorkerLike } from './import-worker-client';
import { noFileMessage, workerCrashedMessage } from './messages';
import { createImportWorkerHandler } from './worker-handler';
import { isImportWorkerResponse, type ImportWorkerRequest } from './worker-protocol';

/** Bytes as French Excel writes a CSV: Windows-1252 (these letters share Latin-1's codes). */
function windows1252(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (character) => {
    const code = character.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in the test's Latin-1 subset: ${character}`);
    return code;
  });
}

type Listener = (event: never) => void;

/**
 * The real handler behind the client, as in the browser but in-process: every answer goes through
 * structuredClone, as postMessage would copy it, so a response that cannot cross fails here.
 */
function inProcessWorker() {
  const handle = createImportWorkerHandler();
  const listeners: Record<'message' | 'error', Listener[]> = { message: [], error: [] };
  let terminated = false;
  const emit = (type: 'message' | 'error', event: unknown) => {
    for (const listener of listeners[type]) (listener as (event: unknown) => void)(event);
  };
  const worker = {
    postMessage(message: ImportWorkerRequest) {
      void handle(message).then((response) => {
        if (!terminated) emit('message', { data: structuredClone(response) });
      });
    },
    addEventListener(type: 'message' | 'error', listener: Listener) {
      listeners[type].push(listener);
    },
    terminate() {
      terminated = true;
    },
  };
  return {
    worker: worker as WorkerLike,
    crash: () => emit('error', new Event('error')),
    foreign: (data: unknown) => emit('message', { data }),
    get terminated() {
      return terminated;
    },
  };
}

const csv = [
  'Nom;Prénom;Téléphone;Ville;Étiquettes',
  'Ngo Biyong;Éloïse;699 12 34 56;Yaoundé;adhérents',
  'Mbarga;Zoé;+237 677-12-34-56;Douala;',
  'Essomba;Anaïs;12;Kribi;',
  'Ngo Biyong;Éloïse;00237699123456;Yaoundé;',
].join('\r\n');

describe('ImportWorkerClient with the worker handler', () => {
  it('reads a Windows-1252 file, then prepares it with the mapping chosen', async () => {
    const { worker } = inProcessWorker();
    const client = new ImportWorkerClient(() => worker);
    const overview = await client.read('adhérents.csv', new Blob([windows1252(csv)]));
    expect(overview).toMatchObject({
      fileName: 'adhérents.csv',
      encoding: 'windows-1252',
      delimiter: ';',
      headers: ['Nom', 'Prénom', 'Téléphone', 'Ville', 'Étiquettes'],
      rowCount: 4,
    });
    expect(overview.samples[1]).toEqual(['Éloïse', 'Zoé', 'Anaïs']);
    expect(overview.samples[4]).toEqual(['adhérents']);
    expect(overview.detectedMapping).toEqual([
      { kind: 'last_name' },
      { kind: 'first_name' },
      { kind: 'phone' },
      { kind: 'attribute', key: 'ville' },
      { kind: 'tags' },
    ]);

    const review = await client.prepare(overview.detectedMapping, 'CM', 20);
    expect(review.prepared.contacts.map((contact) => contact.phone)).toEqual([
      '+237699123456',
      '+237677123456',
    ]);
    expect(review.prepared.contacts[0]).toMatchObject({
      name: 'Éloïse Ngo Biyong',
      attributes: { ville: 'Yaoundé' },
      tags: ['adhérents'],
    });
    expect(review.preview.map((row) => [row.line, row.status, row.phone])).toEqual([
      [2, 'valid', '+237699123456'],
      [3, 'valid', '+237677123456'],
      [4, 'invalid', null],
      [5, 'duplicate', null],
    ]);
    expect(review.preview[2]?.problem?.reason).toMatch(/court|invalide/i);
    // Problems cross as codes, said by the page in the reader's language.
    expect(review.preview[3]?.problem).toMatchObject({
      reason: 'Numéro déjà présent ligne 2',
      refusal: { code: 'duplicate', values: { line: 2 } },
      name: 'Éloïse Ngo Biyong',
    });

    // Another mapping of the same file, without sending it again.
    const again = await client.prepare(
      [
        { kind: 'name' },
        { kind: 'ignore' },
        { kind: 'phone' },
        { kind: 'ignore' },
        { kind: 'ignore' },
      ],
      'CM',
      1,
    );
    expect(again.preview).toHaveLength(1);
    expect(again.prepared.contacts[0]).toMatchObject({ name: 'Ngo Biyong', attributes: {} });
  });

  it('answers with a code the page says in the reader’s language when a file cannot be used', async () => {
    const { worker } = inProcessWorker();
    const client = new ImportWorkerClient(() => worker);
    const headerOnly = client.read('vide.csv', new Blob(['Nom;Téléphone\r\n']));
    await expect(headerOnly).rejects.toBeInstanceOf(UserFacingError);
    await expect(headerOnly).rejects.toThrow(/ligne des titres/);
    // The failed file is not kept: nothing to prepare.
    await expect(client.prepare([{ kind: 'phone' }], 'CM', 20)).rejects.toThrow(noFileMessage());
  });

  it('answers requests in order, the last file read being the one prepared', async () => {
    const { worker } = inProcessWorker();
    const client = new ImportWorkerClient(() => worker);
    const first = client.read('a.csv', new Blob(['Téléphone;Ville\n699123456;Douala\n']));
    const second = client.read('b.csv', new Blob(['Téléphone\n677123456\n690000001\n']));
    const prepared = client.prepare([{ kind: 'phone' }], 'CM', 20);
    expect((await first).rowCount).toBe(1);
    expect((await second).rowCount).toBe(2);
    expect((await prepared).prepared.contacts).toHaveLength(2);
  });

  it('fails what is waiting when the worker crashes, and starts a new one next time', async () => {
    const workers: ReturnType<typeof inProcessWorker>[] = [];
    const client = new ImportWorkerClient(() => {
      const created = inProcessWorker();
      workers.push(created);
      return created.worker;
    });
    const pending = client.read('a.csv', new Blob(['Téléphone\n699123456\n']));
    workers[0]?.crash();
    await expect(pending).rejects.toThrow(workerCrashedMessage());
    expect(workers[0]?.terminated).toBe(true);

    const overview = await client.read('a.csv', new Blob(['Téléphone\n699123456\n']));
    expect(overview.rowCount).toBe(1);
    expect(workers).toHaveLength(2);
  });

  it('ignores messages that are not answers to its requests', async () => {
    const created = inProcessWorker();
    const client = new ImportWorkerClient(() => created.worker);
    const pending = client.read('a.csv', new Blob(['Téléphone\n699123456\n']));
    created.foreign({ hello: 'world' });
    created.foreign({ id: 999, type: 'read', overview: {} });
    expect((await pending).rowCount).toBe(1);
  });

  it('rejects what is waiting when disposed', async () => {
    const created = inProcessWorker();
    const client = new ImportWorkerClient(() => created.worker);
    const pending = client.read('a.csv', new Blob(['Téléphone\n699123456\n']));
    client.dispose();
    await expect(pending).rejects.toThrow(workerCrashedMessage());
    expect(created.terminated).toBe(true);
  });
});

describe('isImportWorkerResponse', () => {
  it('accepts the protocol’s answers only', () => {
    expect(isImportWorkerResponse({ id: 1, type: 'failed', failure: { kind: 'no_file' } })).toBe(
      true,
    );
    expect(isImportWorkerResponse({ id: 1, type: 'prepared', review: {} })).toBe(true);
    expect(isImportWorkerResponse({ id: '1', type: 'read' })).toBe(false);
    expect(isImportWorkerResponse({ id: 1, type: 'webpackOk' })).toBe(false);
    expect(isImportWorkerResponse(null)).toBe(false);
    expect(isImportWorkerResponse('read')).toBe(false);
  });
});
