import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { Membership } from '../auth/me.ts';
import { spaceParams } from '../home/spaces.ts';
import { type InstrumentRef, instrumentsQuery } from './instrumentsApi.ts';

/**
 * After a draft was made (created, cloned, or a published version's next): the list of
 * instruments refreshed, then the draft opened in its editor.
 */
export function useOpenDraft(space: Membership) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (draft: InstrumentRef, beforeOpening?: () => void) => {
    await queryClient.invalidateQueries({ queryKey: instrumentsQuery.queryKey });
    beforeOpening?.();
    await navigate({
      to: '/espace/$organisationId/$role/instruments/$key/$version',
      params: { ...spaceParams(space), key: draft.key, version: draft.version },
      search: { view: 'edit' },
    });
  };
}
