import { describe, expect, it } from 'vitest';
import { whatsappRuleBroken } from './whatsapp-rules.ts';

describe('whatsappRuleBroken', () => {
  it('accepts a template body whose variables follow from 1, reused or not', () => {
    expect(
      whatsappRuleBroken('campaign', 'Bonjour {{1}}, le {{2}} : {{1}} gagne.'),
    ).toBeUndefined();
    expect(whatsappRuleBroken('campaign', 'Nos soldes commencent demain.')).toBeUndefined();
  });

  it('counts characters as WhatsApp does: an emoji is one', () => {
    expect(whatsappRuleBroken('campaign', '🎉'.repeat(1024))).toBeUndefined();
    expect(whatsappRuleBroken('campaign', '🎉'.repeat(1025))).toMatch(/1024 caractères/);
    expect(whatsappRuleBroken('reply', 'a'.repeat(4096))).toBeUndefined();
    expect(whatsappRuleBroken('reply', 'a'.repeat(4097))).toMatch(/4096 caractères/);
  });

  it('holds an FAQ answer to the knowledge base’s 1,024 characters', () => {
    expect(whatsappRuleBroken('faq_answer', 'é'.repeat(1024))).toBeUndefined();
    expect(whatsappRuleBroken('faq_answer', 'é'.repeat(1025))).toMatch(/1024 caractères.*FAQ/);
  });

  it.each([
    ['  {{1}}, bonjour.', /commence ou finit/],
    ['Bonjour {{1}}.\n{{2}}', /commence ou finit/],
    ['Bonjour {{1}}{{2}}, venez.', /côte à côte/],
    ['Bonjour {{2}}, venez.', /ne se suivent pas/],
    ['Bonjour {{0}}, venez.', /mal écrite/],
    ['Bonjour {{ 1 }}, venez.', /mal écrite/],
    ['Bonjour {{1}, venez.', /mal écrite/],
  ])('refuses the campaign %j', (text, why) => {
    expect(whatsappRuleBroken('campaign', text)).toMatch(why);
  });

  it('refuses variables and empty text in session messages', () => {
    expect(whatsappRuleBroken('faq_answer', 'Ouvert de {{1}} à 18 h.')).toMatch(/variable/);
    expect(whatsappRuleBroken('reply', 'Merci {{ }}')).toMatch(/variable/);
    expect(whatsappRuleBroken('reply', '   ')).toMatch(/vide/);
  });
});
