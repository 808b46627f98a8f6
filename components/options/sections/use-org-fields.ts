import { useCallback, useEffect, useState } from 'react';
import type { Response } from '@/lib/shared/messaging/protocol';
import { sendMessage } from '@/lib/ui/messaging/send';

/**
 * Which Salesforce org the options page reads field names from, and that org's fields. Through the
 * background only (it holds the session): the org list costs no API call; each describe costs three,
 * cached by the background for a few minutes.
 */

export type OrgChoice = Response<'salesforce.orgs'>['orgs'][number];
export type OrgFields = Response<'salesforce.describe'>;
export type OrgField = Extract<OrgFields, { ok: true }>['objects']['Account'][number];

export interface OrgSource {
  listOrgs(): Promise<OrgChoice[]>;
  describe(apiHost: string): Promise<OrgFields>;
}

export const backgroundOrgSource: OrgSource = {
  listOrgs: async () => (await sendMessage('salesforce.orgs', {})).orgs,
  describe: (apiHost) => sendMessage('salesforce.describe', { apiHost }),
};

export type OrgFieldsState =
  | { phase: 'listing' }
  | { phase: 'no-orgs' }
  | { phase: 'loading'; apiHost: string }
  | { phase: 'ready'; apiHost: string; fields: Extract<OrgFields, { ok: true }>['objects'] }
  | { phase: 'failed'; apiHost: string | null; message: string };

const failure = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useOrgFields(source: OrgSource) {
  const [orgs, setOrgs] = useState<OrgChoice[]>([]);
  const [state, setState] = useState<OrgFieldsState>({ phase: 'listing' });

  const load = useCallback(
    async (apiHost: string) => {
      setState({ phase: 'loading', apiHost });
      try {
        const result = await source.describe(apiHost);
        setState(result.ok ? { phase: 'ready', apiHost, fields: result.objects } : { phase: 'failed', apiHost, message: result.message });
      } catch (error) {
        setState({ phase: 'failed', apiHost, message: failure(error) });
      }
    },
    [source],
  );

  useEffect(() => {
    let live = true;
    source.listOrgs().then(
      (list) => {
        if (!live) return;
        setOrgs(list);
        // The most useful org first: one the user is signed in to (its fields can be read now).
        const first = list.find((o) => o.signedIn);
        if (first) void load(first.apiHost);
        else setState(list.length ? { phase: 'failed', apiHost: null, message: 'You are not signed in to any of these orgs. Sign in to Salesforce in this browser to choose fields by name.' } : { phase: 'no-orgs' });
      },
      (error: unknown) => live && setState({ phase: 'failed', apiHost: null, message: `The list of Salesforce orgs could not be read: ${failure(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [source, load]);

  return { orgs, state, load };
}
