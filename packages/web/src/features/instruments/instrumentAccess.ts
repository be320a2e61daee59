// Which instrument actions the screens offer to the person, mirroring the server's policies
// (instrument.write: the certifier; instrument.adapt: a company pilot for their company) so
// that no button leads to a refusal. The server still decides: these only hide buttons.
import type { Membership } from '../auth/me.ts';
import type { InstrumentStatus } from './instrumentsApi.ts';

/** What the rules read of an instrument, from the list or from one version. */
export type InstrumentOwnership = {
  status: InstrumentStatus;
  organisationId?: string | null;
  /** The server's own answer (whether this person may edit it when a draft), when it gives one. */
  canEdit?: boolean;
};

const isNational = (instrument: InstrumentOwnership) => !instrument.organisationId;

/** The certifier writes every instrument; a pilot only their company's adaptations. */
function mayWrite(space: Membership, instrument: InstrumentOwnership): boolean {
  if (instrument.canEdit !== undefined) return instrument.canEdit;
  if (space.role === 'certifier_admin') return true;
  return space.role === 'company_pilot' && instrument.organisationId === space.organisationId;
}

export function canCreate(space: Membership): boolean {
  return space.role === 'certifier_admin';
}

/** A draft can be edited; a published version never changes (issue 4, item 4). */
export function canEdit(space: Membership, instrument: InstrumentOwnership): boolean {
  return instrument.status === 'draft' && mayWrite(space, instrument);
}

export function canPublish(space: Membership, instrument: InstrumentOwnership): boolean {
  return canEdit(space, instrument);
}

/** Editing a published version means starting its next version. */
export function canStartNewVersion(space: Membership, instrument: InstrumentOwnership): boolean {
  return instrument.status === 'published' && mayWrite(space, instrument);
}

/** A company pilot adapts a national instrument for their company (seed 000, slide 3). */
export function canAdapt(space: Membership, instrument: InstrumentOwnership): boolean {
  return space.role === 'company_pilot' && isNational(instrument);
}

/** The certifier copies any instrument into a new national draft. */
export function canDuplicate(space: Membership): boolean {
  return space.role === 'certifier_admin';
}

/** The national instruments, then those adapted for a company (the person's own, for a pilot). */
export function partitionInstruments<T extends InstrumentOwnership>(
  space: Membership,
  instruments: readonly T[],
): { national: T[]; company: T[] } {
  const company = instruments.filter(
    (instrument) =>
      !isNational(instrument) &&
      (space.role === 'certifier_admin' || instrument.organisationId === space.organisationId),
  );
  return { national: instruments.filter(isNational), company };
}
