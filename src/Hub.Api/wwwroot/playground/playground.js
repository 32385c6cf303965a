// The Hub's playground: GraphiQL with a purpose picker and, in Development, personas that mint
// local tokens. Everything it loads comes from this server.
(async function () {
  const config = await (await fetch('/playground/config.json')).json();
  const byId = (id) => document.getElementById(id);
  const state = { token: null, purpose: config.purposes[0].value };
  // A link can open a document here: #query=...&variables=... opens it in a tab of its own, and
  // &agency=CODE&roles=A,B&app=true signs in as that agency's app with those roles (Development).
  const link = new URLSearchParams(window.location.hash.slice(1));

  const option = (select, value, label) => {
    const element = document.createElement('option');
    element.value = value;
    element.textContent = label;
    select.append(element);
  };

  const purpose = byId('hub-purpose');
  config.purposes.forEach((p) => option(purpose, p.value, p.label));
  purpose.addEventListener('change', () => { state.purpose = purpose.value; });

  const status = byId('hub-status');
  const show = (text, kind) => { status.textContent = text; status.dataset.state = kind; };

  if (config.personas) {
    byId('hub-personas').hidden = false;
    const persona = byId('hub-persona');
    const roles = byId('hub-roles');
    const app = byId('hub-app');
    const linkAgency = link.get('agency');
    if (linkAgency && !config.personas.some((p) => p.agency === linkAgency)) {
      config.personas.push({ label: linkAgency, agency: linkAgency });
    }
    option(persona, '', 'Choose a persona…');
    config.personas.forEach((p, i) => option(persona, String(i), p.label));
    const linkRoles = link.has('roles') ? link.get('roles').split(',').filter((r) => r !== '') : null;
    const sameRoles = (r) => r.roles.length === linkRoles.length && linkRoles.every((x) => r.roles.includes(x));
    if (linkRoles && !config.roleSets.some(sameRoles)) {
      config.roleSets.push({ label: 'Roles of the link', roles: linkRoles });
    }
    config.roleSets.forEach((r, i) => option(roles, String(i), r.label));

    const signIn = async () => {
      if (persona.value === '') {
        state.token = null;
        show('Choose a persona to sign in.', 'signed-out');
        return;
      }
      const chosen = config.personas[Number(persona.value)];
      const roleSet = config.roleSets[Number(roles.value)];
      const body = { agency: chosen.agency, tenant: chosen.tenant, roles: roleSet.roles, app: app.checked };
      const response = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const answer = await response.json();
      if (!response.ok) {
        state.token = null;
        show(answer.error ?? 'No token.', 'error');
        return;
      }
      state.token = answer.token;
      show(`Signed in as ${chosen.label}${app.checked ? ' (app)' : ''}: ${roleSet.roles.join(', ') || 'no roles'}`, 'signed-in');
    };
    [persona, roles, app].forEach((element) => element.addEventListener('change', signIn));
    // Signed in from the start: the schema itself is only shown to members.
    persona.value = String(Math.max(config.personas.findIndex((p) => linkAgency && p.agency === linkAgency), 0));
    if (linkRoles) roles.value = String(config.roleSets.findIndex(sameRoles));
    app.checked = link.get('app') === 'true';
    await signIn();
  }

  // The persona's token goes in the Authorization header unless the headers editor sets one; the
  // purpose picker fills $purpose unless the variables editor does.
  const fetcher = async (params, options) => {
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(options?.headers ?? {}) };
    if (state.token && !Object.keys(headers).some((h) => h.toLowerCase() === 'authorization')) {
      headers.authorization = `Bearer ${state.token}`;
    }
    let variables = params.variables ?? undefined;
    if (/\$purpose\b/.test(params.query ?? '') && (variables?.purpose === undefined)) {
      variables = { ...(variables ?? {}), purpose: state.purpose };
    }
    // GraphiQL can carry the operation name of the tab left behind; a name the document does not
    // define is dropped rather than sent.
    let { operationName } = params;
    if (operationName && !new RegExp(`\\b(query|mutation|subscription)\\s+${operationName}\\b`).test(params.query ?? '')) {
      operationName = undefined;
    }
    const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ ...params, operationName, variables }) });
    return response.json();
  };

  const GraphiQL = window.GraphiQL.GraphiQL ?? window.GraphiQL;
  const tabs = config.examples.map((e) => ({ query: e.query, variables: e.variables }));
  // The linked document comes first when GraphiQL starts afresh; given as query it is also opened
  // (or found) among the tabs GraphiQL kept from an earlier visit.
  const linkedTab = link.has('query') ? { query: link.get('query'), variables: link.get('variables') ?? undefined } : null;
  ReactDOM.createRoot(byId('graphiql')).render(React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: linkedTab ? [linkedTab, ...tabs] : tabs,
    ...(linkedTab ?? {}),
    defaultEditorToolsVisibility: 'variables',
  }));
})();
