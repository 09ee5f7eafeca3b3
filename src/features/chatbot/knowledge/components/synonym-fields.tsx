import { useLingui } from '@lingui/react/macro';
import { TextField } from '../../../../components/ui/text-field';
import { botNormalize } from '../normalize';
import type { SynonymErrors } from '../synonym-form';

/** A synonym's two fields, each saying how the database will store what is typed. */
export function SynonymFields({
  term,
  expansion,
  onTermChange,
  onExpansionChange,
  errors,
  autoFocus = 'term',
}: {
  term: string;
  expansion: string;
  onTermChange: (term: string) => void;
  onExpansionChange: (expansion: string) => void;
  errors: SynonymErrors;
  /** The field the dialog opens on. */
  autoFocus?: 'term' | 'expansion';
}) {
  const { t } = useLingui();
  const savedTerm = botNormalize(term);
  const savedExpansion = botNormalize(expansion);
  return (
    <>
      <TextField
        label={t`Mot écrit par les contacts`}
        placeholder="kel"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={term}
        onChange={(event) => onTermChange(event.target.value)}
        error={errors.term}
        hint={
          savedTerm && savedTerm !== term
            ? t`Enregistré sous la forme « ${savedTerm} ».`
            : t`Une abréviation, une faute fréquente, un nom local.`
        }
        data-autofocus={autoFocus === 'term' ? true : undefined}
      />
      <TextField
        label={t`Équivalent`}
        placeholder="quel"
        autoComplete="off"
        value={expansion}
        onChange={(event) => onExpansionChange(event.target.value)}
        error={errors.expansion}
        hint={
          savedExpansion && savedExpansion !== expansion
            ? t`Enregistré sous la forme « ${savedExpansion} ».`
            : t`Un ou plusieurs mots que la FAQ emploie.`
        }
        data-autofocus={autoFocus === 'expansion' ? true : undefined}
      />
    </>
  );
}
