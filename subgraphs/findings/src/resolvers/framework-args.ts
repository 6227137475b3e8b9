/** The API's enum names for frameworks and filters, mapped to the domain's ids. */
import { findControl, type FrameworkId } from '@cspmexa/checks';
import type { FindingFilterInput } from '../domain/list-input';

export type ApiFramework = 'CIS_AWS_3_0_0' | 'CIS_AWS_5_0_0';

const TO_ID: Record<ApiFramework, FrameworkId> = { CIS_AWS_3_0_0: 'cis-aws-3.0.0', CIS_AWS_5_0_0: 'cis-aws-5.0.0' };
const TO_API = Object.fromEntries(Object.entries(TO_ID).map(([api, id]) => [id, api])) as Record<FrameworkId, ApiFramework>;

export const frameworkId = (api: ApiFramework): FrameworkId => TO_ID[api];
export const apiFramework = (id: FrameworkId): ApiFramework => TO_API[id];

export type ApiFindingFilter = Omit<FindingFilterInput, 'control'> & { control?: { framework: ApiFramework; controlId: string } | null };

export function toFilterInput(filter: ApiFindingFilter | null | undefined): FindingFilterInput | null {
  if (!filter) return null;
  const { control, ...rest } = filter;
  return control ? { ...rest, control: { framework: frameworkId(control.framework), controlId: control.controlId } } : rest;
}

/** A check's controls as the API shows them, with the benchmark's title. */
export function controlRefs(controls: readonly { framework: FrameworkId; controlId: string }[]) {
  return controls.map((c) => ({ framework: apiFramework(c.framework), controlId: c.controlId, title: findControl(c.framework, c.controlId)?.title ?? c.controlId }));
}
