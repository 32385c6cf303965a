// PostGraphile over the Hub's PostgreSQL database, for `bench/run --peer`: the `public` schema
// with default inflection (allProjects, agencyByLeadAgencyId), no authentication, and nothing a
// production server would not run (no GraphiQL, no plan explanations, no schema watching). The
// connection filter plugin lets a query ask for "made or received by" as the Hub's referrals do.
// bench/run starts it with PEER_DATABASE_URL (a postgres:// URL) and PEER_PORT.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

/** @type {GraphileConfig.Preset} */
export default {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.PEER_DATABASE_URL,
      schemas: ["public"],
    }),
  ],
  grafserv: {
    host: "127.0.0.1",
    port: Number(process.env.PEER_PORT ?? 5678),
    graphiql: false,
    watch: false,
  },
  grafast: {
    explain: false,
  },
};
