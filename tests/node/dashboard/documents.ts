// A dashboard's operations, written as graphql-codegen's client preset expects; `graphql` and the
// types come from ./gql, which codegen.ts generates (with persisted-documents.json beside them).
import { graphql } from './gql';

export const DashboardAgencies = graphql(`
  query DashboardAgencies($country: String) {
    agencies(country: $country) {
      code
      name
      kind
    }
  }
`);

export const DashboardProjects = graphql(`
  query DashboardProjects($country: String!, $first: Int) {
    projects(where: { countries: { some: { eq: $country } } }, first: $first) {
      totalCount
      nodes {
        code
        title
        leadAgency {
          code
        }
      }
    }
  }
`);
