// The dashboard's charts: each is a GraphQL document, the export that gives the same numbers as
// CSV, and how its cells become bars. The documents are plain text so that they can be shown,
// opened in the playground and registered as trusted documents as they are.

const acronyms = new Set(['NGO']);
const words = (name) => name.split('_')
  .map((word, i) => (acronyms.has(word) ? word : i === 0 ? word.charAt(0) + word.slice(1).toLowerCase() : word.toLowerCase()))
  .join(' ');
const number = (n) => n.toLocaleString('en');

/** How a cell's value in one dimension is shown: withheld and unknown are never confused. */
export function dimensionLabel(dimension, humanize = true) {
  if (dimension.withheld) return 'withheld';
  if (dimension.value === null || dimension.value === undefined) return 'unknown';
  return humanize ? words(dimension.value) : dimension.value;
}

const isWithheld = (cell) => cell.dimensions.some((d) => d.withheld === true);

// Labels in the order the Hub lists the cells (by value, unknown then withheld last).
const distinct = (values) => [...new Set(values)];

/** A bar for one cell and one number of it. */
const point = (cell, number) => ({
  value: cell.suppressed ? null : number,
  suppressed: cell.suppressed === true,
  withheld: isWithheld(cell),
});

// The Hub lists only the cells it publishes: a combination it leaves out holds fewer than k
// people, or none, and is drawn as such.
const unpublished = { value: null, suppressed: true, withheld: false };

const protection = 'protection { minimumCellSize explanation }';

/** The total line under a chart. */
const totalOf = (table, unit) => (table.total.suppressed
  ? `Total: suppressed, fewer than ${table.protection.minimumCellSize}`
  : `Total: ${number(table.total.value)} ${unit}`);

export const charts = [
  {
    id: 'referrals',
    title: 'People referred, by country of identification and year',
    description: 'People referred, among the cases your agency owns or may count by a research consent, by the country where they were identified and the year of the referral; a person referred twice in a year counts once.',
    field: 'referralStatistics',
    export: { name: 'referral-statistics', groupBy: ['COUNTRY_OF_IDENTIFICATION', 'YEAR_OF_REFERRAL'] },
    document: `query ReferralsByCountryAndYear {
  referralStatistics(groupBy: [COUNTRY_OF_IDENTIFICATION, YEAR_OF_REFERRAL]) {
    cells {
      dimensions { dimension value withheld }
      value
      suppressed
    }
    total { value suppressed }
    ${protection}
  }
}`,
    model(table) {
      const country = (cell) => dimensionLabel(cell.dimensions[0], false);
      const year = (cell) => dimensionLabel(cell.dimensions[1], false);
      const labels = distinct(table.cells.map(country));
      const years = distinct(table.cells.map(year)).sort();
      return {
        labels,
        series: years.map((y) => ({
          name: y,
          points: labels.map((c) => {
            const cell = table.cells.find((x) => country(x) === c && year(x) === y);
            return cell ? point(cell, cell.value) : unpublished;
          }),
        })),
        total: totalOf(table, 'people referred'),
      };
    },
  },
  {
    id: 'cases',
    title: 'Cases by type of exploitation',
    description: 'People counted once for each type of exploitation they experienced, so the bars add up to more than the total.',
    field: 'caseStatistics',
    export: { name: 'case-statistics', groupBy: ['EXPLOITATION_TYPE'] },
    document: `query CasesByExploitationType {
  types: __type(name: "ExploitationType") { enumValues { name } }
  caseStatistics(groupBy: [EXPLOITATION_TYPE]) {
    cells {
      dimensions { dimension value withheld }
      value
      suppressed
    }
    total { value suppressed }
    ${protection}
  }
}`,
    model(table, measure, data) {
      // Every type, in the schema's order; the ones the Hub leaves out hold fewer than k people.
      const known = (data.types?.enumValues ?? []).map((v) => v.name);
      const listed = (name) => table.cells.find((cell) => !cell.dimensions[0].withheld && cell.dimensions[0].value === name);
      const others = table.cells.filter((cell) => cell.dimensions[0].withheld || cell.dimensions[0].value === null);
      return {
        labels: [...known.map((name) => words(name)), ...others.map((cell) => dimensionLabel(cell.dimensions[0]))],
        series: [{
          name: 'Cases',
          points: [...known.map((name) => (listed(name) ? point(listed(name), listed(name).value) : unpublished)), ...others.map((cell) => point(cell, cell.value))],
        }],
        total: totalOf(table, 'people'),
      };
    },
  },
  {
    id: 'capacity',
    title: 'Capacity-building participants by target group and sex',
    description: 'People trained by the projects\u2019 capacity-building activities (trainings, workshops, study visits, ...), by the group they work in.',
    field: 'capacityBuildingMetrics',
    export: { name: 'capacity-building-metrics', groupBy: ['TARGET_GROUP'] },
    stacked: true,
    document: `query ParticipantsByTargetGroup {
  capacityBuildingMetrics(groupBy: [TARGET_GROUP]) {
    cells {
      dimensions { dimension value }
      suppressed
      activities
      participantsFemale
      participantsMale
      participantsOther
    }
    total { activities participants }
    ${protection}
  }
}`,
    model(table) {
      const sexes = [['Female', 'participantsFemale'], ['Male', 'participantsMale'], ['Other', 'participantsOther']];
      return {
        labels: table.cells.map((cell) => dimensionLabel(cell.dimensions[0])),
        // A suppressed cell is one marked bar, not three.
        series: sexes.map(([name, field], i) => ({
          name,
          points: table.cells.map((cell) => (cell.suppressed && i > 0 ? null : point(cell, cell[field]))),
        })),
        total: `Total: ${number(table.total.participants)} participants in ${number(table.total.activities)} activities`,
      };
    },
  },
  {
    id: 'projects',
    title: 'Project targets and results by focus',
    description: 'What the projects set out to do and what they report so far, by their focus (in brackets, the number of projects).',
    field: 'projectMetrics',
    export: { name: 'project-metrics', groupBy: ['FOCUS'] },
    measures: [
      { label: 'People assisted', target: 'targetPeopleAssisted', result: 'resultPeopleAssisted' },
      { label: 'People trained', target: 'targetPeopleTrained', result: 'resultPeopleTrained' },
      { label: 'People reached by awareness work', target: 'targetPeopleReached', result: 'resultPeopleReached' },
    ],
    document: `query ProjectResultsByFocus {
  projectMetrics(groupBy: [FOCUS]) {
    cells {
      dimensions { dimension value }
      suppressed
      projects
      targetPeopleAssisted
      resultPeopleAssisted
      targetPeopleTrained
      resultPeopleTrained
      targetPeopleReached
      resultPeopleReached
    }
    total { projects }
    ${protection}
  }
}`,
    model(table, measure) {
      return {
        labels: table.cells.map((cell) => `${dimensionLabel(cell.dimensions[0])}${cell.projects == null ? '' : ` (${cell.projects})`}`),
        series: [['Target', measure.target], ['Result', measure.result]].map(([name, field]) => ({
          name,
          points: table.cells.map((cell) => point(cell, cell[field])),
        })),
        total: `Total: ${number(table.total.projects)} projects`,
      };
    },
  },
];
