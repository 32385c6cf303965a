// Drives the dashboard of a live Hub in headless Chromium: pick each persona, wait for every chart,
// and read what each shows (bars, suppressed marks, legend, errors); download a chart's CSV; open a
// chart's document in the playground and run it there; take screenshots. Every request that is
// not to the loopback address is recorded and refused. Prints one JSON object.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const [base, shots] = process.argv.slice(2);
if (!base || !shots) {
  console.error('usage: node dashboard-page.mjs <hub base url> <screenshot folder>');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const result = { outsideRequests: [], pageErrors: [], personas: [] };
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (['127.0.0.1', 'localhost', '[::1]'].includes(host)) return route.continue();
    result.outsideRequests.push(route.request().url());
    return route.abort();
  });
  context.on('page', (opened) => opened.on('pageerror', (error) => result.pageErrors.push(String(error))));
  const page = await context.newPage();

  await page.goto(`${base}/dashboard`);
  await page.waitForSelector('#hub-persona option', { state: 'attached' });
  const labels = await page.locator('#hub-persona option').allInnerTexts();

  // Every panel has answered for this persona: drawn, empty or an error in its place.
  const settled = (label) => page.waitForFunction((persona) => {
    const panels = [...document.querySelectorAll('.hub-panel')];
    const status = document.querySelector('#hub-status');
    return status?.dataset.state === 'signed-in' && status.textContent.includes(persona)
      && panels.length > 0 && panels.every((p) => ['ready', 'empty', 'error'].includes(p.dataset.state));
  }, label, { timeout: 60_000 });

  const read = () => page.$$eval('.hub-panel', (panels) => panels.map((p) => ({
    chart: p.dataset.chart,
    state: p.dataset.state,
    errorCode: p.dataset.errorCode ?? null,
    error: p.querySelector('.hub-error').textContent,
    bars: p.querySelectorAll('.hub-chart .ct-bar').length,
    suppressedBars: p.querySelectorAll('.hub-chart .ct-bar.hub-suppressed').length,
    withheldBars: p.querySelectorAll('.hub-chart .ct-bar.hub-withheld').length,
    notes: [...p.querySelectorAll('.hub-chart .hub-bar-note')].map((n) => n.textContent),
    axisLabels: [...p.querySelectorAll('.hub-chart .ct-label.ct-horizontal')].map((l) => l.textContent),
    legend: [...p.querySelectorAll('.hub-legend li')].map((l) => l.textContent),
    total: p.querySelector('.hub-total').textContent,
    protection: p.querySelector('.hub-protection').textContent,
    document: p.querySelector('.hub-document pre').textContent,
    playground: p.querySelector('.hub-open').getAttribute('href'),
    csv: p.querySelector('.hub-csv').getAttribute('href'),
  })));

  for (const [i, label] of labels.entries()) {
    await page.selectOption('#hub-persona', { label });
    await settled(label);
    const status = await page.locator('#hub-status').innerText();
    result.personas.push({ label, status, panels: await read() });
    await page.screenshot({ path: `${shots}/dashboard-${i + 1}-${label.replace(/[^A-Za-z]+/g, '-').replace(/-+$/, '').toLowerCase()}.png`, fullPage: true });
  }

  // Project results by another measure: the same answer drawn again.
  const titles = () => page.$$eval('#chart-projects .ct-bar title', (t) => t.map((x) => x.textContent));
  const assisted = await titles();
  await page.selectOption('#chart-projects .hub-measure select', { label: 'People trained' });
  await page.waitForFunction((before) => JSON.stringify([...document.querySelectorAll('#chart-projects .ct-bar title')]
    .map((x) => x.textContent)) !== before, JSON.stringify(assisted));
  result.measures = { assisted, trained: await titles() };

  // Back to the first persona: its referral chart's numbers as CSV, fetched with its token.
  await page.selectOption('#hub-persona', { label: labels[0] });
  await settled(labels[0]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#chart-referrals .hub-csv').click(),
  ]);
  result.csv = { fileName: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };

  // The document of a chart, opened in the playground as the same agency with the same roles.
  await page.locator('#chart-cases .hub-document summary').click();
  await page.screenshot({ path: `${shots}/dashboard-document.png` });
  const [playground] = await Promise.all([
    context.waitForEvent('page'),
    page.locator('#chart-cases .hub-open').click(),
  ]);
  await playground.waitForSelector('.graphiql-container');
  await playground.waitForSelector('#hub-status[data-state="signed-in"]');
  await playground.waitForFunction(() => (document.querySelector('.graphiql-query-editor')?.innerText ?? '').includes('CasesByExploitationType'));
  result.playgroundStatus = await playground.locator('#hub-status').innerText();
  const [response] = await Promise.all([
    playground.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('CasesByExploitationType')),
    playground.click('.graphiql-execute-button'),
  ]);
  result.playgroundAnswer = await response.json();
  await playground.waitForFunction(() => (document.querySelector('.result-window')?.innerText ?? '').includes('caseStatistics'));
  await playground.screenshot({ path: `${shots}/dashboard-in-playground.png` });
} finally {
  await browser.close();
}

console.log(JSON.stringify(result));
