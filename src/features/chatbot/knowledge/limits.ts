// The knowledge base's limits, as supabase/migrations/20261212000300_bot_knowledge_base.sql and
// 20261211000100_bot_matching.sql refuse them, in characters counted as code points.
export const FAQ_LIMITS = {
  /** An answer is sent as a WhatsApp message body: 1,024 characters. */
  answer: 1024,
  question: 300,
  category: 60,
  questionsPerEntry: 20,
  entriesPerImport: 2000,
  testMessage: 1000,
  synonymTerm: 40,
  synonymExpansion: 120,
} as const;
