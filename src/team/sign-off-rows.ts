import type { Assessment } from '@/schema/assessment-schema';
import { fingerprint } from './fingerprint';
import { roleLabels, type SignatureStatus, signatureStatus } from './signing';

export interface SignOffRow {
  readonly role: string;
  readonly name: string;
  readonly time: string;
  readonly fingerprint: string;
  readonly status: SignatureStatus;
}

export interface SignOff {
  readonly reviewer?: string;
  readonly version?: string;
  readonly rows: readonly SignOffRow[];
}

/** Every signature of the assessment checked against it as it is now, for the board paper and the page. */
export async function signOffOf(assessment: Assessment): Promise<SignOff> {
  const team = assessment.team;
  const rows = await Promise.all(
    (team?.signatures ?? []).map(async (s) => ({
      role: roleLabels[s.role],
      name: s.name,
      time: s.time,
      fingerprint: fingerprint(s.publicKey),
      status: await signatureStatus(s, assessment),
    })),
  );
  return {
    ...(team?.reviewer ? { reviewer: team.reviewer } : {}),
    ...(team?.version ? { version: team.version } : {}),
    rows,
  };
}
