// Bars with Chartist (loaded as the global Chartist from /dashboard/vendor). A suppressed cell has
// no count, so it is drawn striped grey up to k, the most it can hold, and labelled "<k" where
// there is room; a cell whose value is withheld from the caller is drawn paler and labelled
// "withheld" on its axis. Each bar's tooltip says what it is.

const compact = new Intl.NumberFormat('en', { notation: 'compact' });

/**
 * Draws model ({ labels, series: [{ name, points: [{ value, suppressed, withheld } | null] }] })
 * into element; k is the minimum cell size. Answers the Chartist chart (detach it before drawing
 * another in its place: it redraws itself when the window is resized) and a promise of its drawing.
 */
export function drawBars(element, model, { k, stacked = false }) {
  const groups = model.labels.length;
  const perGroup = stacked ? 1 : model.series.length;
  // Bars as wide as the space allows: a group of bars takes two thirds of its slot.
  const width = element.clientWidth || 800;
  const slot = (width - 60) / Math.max(groups, 1);
  const bar = Math.max(2, Math.min(40, (slot * 0.66) / perGroup));
  element.style.setProperty('--hub-bar-width', `${bar}px`);

  const data = {
    labels: model.labels,
    series: model.series.map((s) => ({
      name: s.name,
      data: s.points.map((p) => {
        if (p === null) return null;
        const meta = p.suppressed ? 'suppressed' : p.withheld ? 'withheld' : '';
        return { value: p.suppressed ? k : p.value, meta };
      }),
    })),
  };
  const chart = new window.Chartist.BarChart(element, data, {
    stackBars: stacked,
    seriesBarDistance: bar,
    height: '320px',
    chartPadding: { top: 20, right: 10, bottom: 0, left: 10 },
    axisY: { onlyInteger: true, offset: 40, labelInterpolationFnc: (value) => compact.format(value) },
    axisX: { offset: model.labels.some((l) => l.length > 12) ? 60 : 30 },
  });

  chart.on('draw', (event) => {
    if (event.type === 'label' && event.axis?.units?.pos === 'x' && /^(withheld|unknown)$/.test(event.text)) {
      event.element.addClass(`hub-label-${event.text}`);
    }
    if (event.type !== 'bar') return;
    const seriesName = event.series.name;
    const label = model.labels[event.index];
    const title = event.element.elem('title');
    if (event.meta === 'suppressed') {
      event.element.addClass('hub-suppressed');
      title.text(`${label}${stacked ? '' : `, ${seriesName}`}: not published, fewer than ${k} people or none`);
      // Narrow bars keep only their stripes: their labels would run into each other.
      if (bar >= 14) {
        event.group.elem('text', { x: event.x1, y: Math.min(event.y1, event.y2) - 4 }, 'hub-bar-note').text(`<${k}`);
      }
    } else {
      if (event.meta === 'withheld') event.element.addClass('hub-withheld');
      title.text(`${label}, ${seriesName}: ${model.series[event.seriesIndex].points[event.index].value.toLocaleString('en')}`);
    }
  });

  return { chart, drawn: new Promise((resolve) => chart.on('created', resolve)) };
}
