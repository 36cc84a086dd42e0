import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

// Tree-shaken: only what a grouped bar chart needs is registered.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
// The canvas draws its own text: give it the screens' font, which has the Devanagari glyphs.
Chart.defaults.font.family = "'Noto Sans Devanagari', system-ui, sans-serif";
Chart.defaults.font.size = 13;
Chart.defaults.color = '#4a3a2e';

export interface BarSeries {
  label: string;
  values: number[];
  color: string;
}

/**
 * A grouped bar chart of whole counts (chart.js). It is a picture only: every chart on a screen
 * has its table beside it, which is what screen readers and tests read (the canvas is aria-hidden).
 */
export function BarChart(props: { labels: string[]; series: BarSeries[]; testId?: string; height?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);
  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.data.labels = props.labels;
    c.data.datasets = props.series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, borderRadius: 4 }));
    c.update();
    // A first paint may come before the web font is ready: draw again once it is.
    void document.fonts?.ready.then(() => chart.current?.update());
  }, [props.labels, props.series]);
  return (
    <div className="bar-chart" style={{ position: 'relative', height: props.height ?? 260 }} data-testid={props.testId}>
      <canvas ref={canvas} aria-hidden="true" />
    </div>
  );
}
