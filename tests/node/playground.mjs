// Drives the playground of a live Hub in headless Chromium: pick a persona, run the example
// referral query, then the withheld-fields example, then register a case as a shelter, and take
// screenshots. Every request that is
// not to the loopback address is recorded and refused. Prints one JSON object.
import { chromium } from 'playwright-core';

const [base, shots] = process.argv.slice(2);
if (!base || !shots) {
  console.error('usage: node playground.mjs <hub base url> <screenshot folder>');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const result = { outsideRequests: [], pageErrors: [] };
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (['127.0.0.1', 'localhost', '[::1]'].includes(host)) return route.continue();
    result.outsideRequests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => result.pageErrors.push(String(error)));

  // A browser opening /graphql gets the playground.
  await page.goto(`${base}/graphql`);
  await page.waitForSelector('.graphiql-container');
  await page.waitForSelector('.graphiql-tab');
  result.tabs = await page.locator('.graphiql-tab').allInnerTexts();
  await page.screenshot({ path: `${shots}/1-playground.png` });

  await page.selectOption('#hub-persona', { label: 'Ministry (NGA-MOL)' });
  await page.waitForSelector('#hub-status[data-state="signed-in"]');
  result.status = await page.locator('#hub-status').innerText();

  const run = async (operation) => {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(operation)),
      page.click('.graphiql-execute-button'),
    ]);
    const body = await response.json();
    await page.waitForFunction(() => (document.querySelector('.result-window')?.innerText ?? '').includes('{'));
    return body;
  };

  result.referrals = await run('MinistryReferrals');
  await page.screenshot({ path: `${shots}/2-ministry-referrals.png` });

  // An agency that receives referrals sees those cases only as far as consent goes.
  await page.selectOption('#hub-persona', { label: 'Migration agency mission (MAM-NGA)' });
  await page.waitForFunction(() => document.querySelector('#hub-status')?.innerText.includes('MAM-NGA'));
  result.withheldStatus = await page.locator('#hub-status').innerText();
  await page.locator('.graphiql-tab', { hasText: 'WhatIsWithheld' }).click();
  await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor')?.innerText ?? '').includes('WhatIsWithheld'));
  result.withheld = await run('WhatIsWithheld');
  await page.screenshot({ path: `${shots}/3-withheld-fields.png` });

  // A shelter's case worker registers a case from its tab, with the tab's variables.
  await page.selectOption('#hub-persona', { label: 'Shelter NGO (NGA-SHSN)' });
  await page.waitForFunction(() => document.querySelector('#hub-status')?.innerText.includes('NGA-SHSN'));
  result.registerStatus = await page.locator('#hub-status').innerText();
  await page.locator('.graphiql-tab', { hasText: 'RegisterCase' }).click();
  await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor')?.innerText ?? '').includes('RegisterCase'));
  result.registered = await run('RegisterCase');
  await page.screenshot({ path: `${shots}/4-register-case.png` });
} finally {
  await browser.close();
}

console.log(JSON.stringify(result));
