// The dashboard's calls, type-checked against the generated types before they run: a field the
// operation did not select, or a type the schema does not give, fails the check.
import { execute } from './execute';
import { DashboardAgencies, DashboardProjects } from './documents';

export async function run(url: string, token: string) {
  const agencies = await execute(url, token, DashboardAgencies, { country: 'NGA' });
  const projects = await execute(url, token, DashboardProjects, { country: 'NGA', first: 3 });

  const kinds: string[] = agencies.data?.agencies.map((a) => a.kind) ?? [];
  const total: number | undefined = projects.data?.projects.totalCount;
  const leads: string[] = projects.data?.projects.nodes.map((p) => p.leadAgency.code) ?? [];
  // @ts-expect-error budgetUsd was not selected, so the generated type has no such field.
  void projects.data?.projects.nodes[0]?.budgetUsd;
  // @ts-expect-error $country is required by DashboardProjects.
  void (() => execute(url, token, DashboardProjects, { first: 3 }));

  return { agencies, projects, kinds, total, leads };
}
