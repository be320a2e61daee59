// Building blocks shared by the instrument schemas.
import { Type } from 'typebox';

export const closed = { additionalProperties: false } as const;

export const Id = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
  description: 'Stable identifier',
});

/** Our own wording (titles of generated or demo instruments), not a transcription. */
export const Text = Type.String({ minLength: 1 });

export const Percentage = Type.Number({
  minimum: 0,
  maximum: 100,
  description: "Pourcentage d'atteinte d'objectif, 0 to 100",
});
