// The Hub's reference dashboard: pick a persona, and every chart runs its GraphQL document with
// that persona's token. A chart the persona may not see shows the Hub's error in its place.
import { charts } from './charts.js';
import { drawBars } from './bars.js';
import { download, exportUrl, playgroundUrl, query, signIn } from './hub.js';

const config = await (await fetch('/dashboard/config.json')).json();
const byId = (id) => document.getElementById(id);
const state = { persona: null, token: null, generation: 0 };

const status = byId('hub-status');
const show = (text, kind) => { status.textContent = text; status.dataset.state = kind; };

const personas = byId('hub-persona');
config.personas.forEach((p, i) => personas.append(new Option(p.label, String(i))));

// One panel per chart, from the template.
const panels = charts.map((chart) => {
  const panel = byId('hub-panel').content.firstElementChild.cloneNode(true);
  panel.id = `chart-${chart.id}`;
  panel.dataset.chart = chart.id;
  panel.querySelector('.hub-panel-title').textContent = chart.title;
  panel.querySelector('.hub-description').textContent = chart.description;
  panel.querySelector('.hub-document pre').textContent = chart.document;
  const csv = panel.querySelector('.hub-csv');
  csv.href = exportUrl(chart.export.name, chart.export.groupBy);
  csv.addEventListener('click', async (event) => {
    event.preventDefault();
    const error = panel.querySelector('.hub-csv-error');
    error.textContent = '';
    try {
      await download(state.token, csv.href, `${chart.export.name}.csv`);
    } catch (e) {
      error.textContent = `No CSV: ${e.message}`;
    }
  });
  if (chart.measures) {
    const measure = panel.querySelector('.hub-measure');
    const select = measure.querySelector('select');
    chart.measures.forEach((m, i) => select.append(new Option(m.label, String(i))));
    measure.hidden = false;
    select.addEventListener('change', () => panel.table && render(panel, chart, panel.table));
  }
  byId('hub-charts').append(panel);
  return panel;
});

function legendItem(list, className, text) {
  const item = document.createElement('li');
  const swatch = document.createElement('span');
  swatch.className = `hub-swatch ${className}`;
  item.append(swatch, text);
  list.append(item);
}

// A chart drawn for an earlier persona stops redrawing itself when the window is resized.
function forget(panel) {
  panel.chart?.detach();
  panel.chart = null;
  panel.querySelector('.hub-chart').replaceChildren();
}

async function render(panel, chart, table) {
  const generation = state.generation;
  const measure = chart.measures?.[Number(panel.querySelector('.hub-measure select').value)];
  const model = chart.model(table, measure, panel.data);
  const k = table.protection?.minimumCellSize || 1;
  const points = model.series.flatMap((s) => s.points).filter((p) => p !== null);
  const element = panel.querySelector('.hub-chart');
  const legend = panel.querySelector('.hub-legend');
  legend.replaceChildren();
  forget(panel);

  if (model.labels.length === 0) {
    panel.querySelector('.hub-error').textContent = 'Nothing to count for this persona.';
    panel.dataset.state = 'empty';
    return;
  }

  model.series.forEach((s, i) => legendItem(legend, `hub-series-${String.fromCharCode(97 + (i % 26))}`, s.name));
  const suppressed = points.filter((p) => p.suppressed).length;
  if (suppressed > 0) {
    legendItem(legend, 'hub-suppressed', `striped, "<${k}": not published, fewer than ${k} people or none (${suppressed} ${suppressed === 1 ? 'cell' : 'cells'}); drawn at ${k}`);
  }
  if (points.some((p) => p.withheld)) {
    legendItem(legend, 'hub-withheld', 'withheld: counted, but the value is withheld from you (no research consent covers its category)');
  }
  if (model.labels.includes('unknown')) {
    legendItem(legend, 'hub-unknown', 'unknown: the records have no value');
  }

  panel.querySelector('.hub-total').textContent = model.total ?? '';
  panel.querySelector('.hub-protection').textContent = table.protection?.explanation ?? '';

  const drawing = drawBars(element, model, { k, stacked: chart.stacked === true });
  panel.chart = drawing.chart;
  await drawing.drawn;
  if (generation !== state.generation) return;
  panel.dataset.state = 'ready';
  panel.dataset.suppressed = String(suppressed);
}

async function load(panel, chart, generation) {
  panel.dataset.state = 'loading';
  panel.querySelector('.hub-error').textContent = '';
  forget(panel);
  panel.querySelector('.hub-legend').replaceChildren();
  for (const selector of ['.hub-total', '.hub-protection', '.hub-csv-error']) panel.querySelector(selector).textContent = '';
  delete panel.dataset.errorCode;
  panel.table = null;

  const { data, errors } = await query(state.token, chart.document);
  if (generation !== state.generation) return;
  const table = data?.[chart.field];
  if (!table) {
    const error = errors[0] ?? { message: 'The Hub answered without data.' };
    const code = error.extensions?.code;
    panel.dataset.errorCode = code ?? 'UNKNOWN';
    panel.querySelector('.hub-error').textContent =
      `Not shown to ${state.persona.label}: ${error.message}${code ? ` (${code})` : ''}`;
    panel.dataset.state = 'error';
    return;
  }
  panel.table = table;
  panel.data = data;
  await render(panel, chart, table);
}

async function choose() {
  const generation = ++state.generation;
  state.persona = config.personas[Number(personas.value)];
  state.token = null;
  show(`Signing in as ${state.persona.label}…`, 'signing-in');
  panels.forEach((panel, i) => {
    panel.querySelector('.hub-open').href = playgroundUrl(charts[i].document, state.persona);
  });
  try {
    state.token = await signIn(state.persona);
  } catch (e) {
    show(e.message, 'error');
    return;
  }
  if (generation !== state.generation) return;
  show(`Signed in as ${state.persona.label} (app): ${state.persona.roles.join(', ')}`, 'signed-in');
  await Promise.all(panels.map((panel, i) => load(panel, charts[i], generation)));
}

personas.addEventListener('change', choose);
await choose();
