/**
 * A small knowledge base as import_faq takes it: opening hours, a lost card, paying the
 * contribution. Tests that need other entries add their own.
 */
export const SAMPLE_FAQ = [
  {
    category: 'Horaires',
    answer: 'Nos agences sont ouvertes du lundi au vendredi, de 7 h 30 à 15 h 30.',
    questions: ['Quels sont vos horaires d’ouverture ?', 'À quelle heure ouvrez-vous ?'],
  },
  {
    category: 'Carte',
    answer: 'Déclarez la perte en agence avec une pièce d’identité.',
    questions: ['J’ai perdu ma carte d’adhérent', 'Ma carte a été volée'],
  },
  {
    category: 'Cotisation',
    answer: 'Payez par Mobile Money au 8000.',
    questions: ['Comment payer ma cotisation par Mobile Money ?'],
  },
];
