/**
 * <bc-apex-chart>: renders an ApexCharts (MIT 4.7.0) chart from a JSON config string.
 *
 * The Java side (org.billingcenter.shared.ui.chart.ApexChart) builds the whole config as JSON
 * and sets it as the `config` property. JSON cannot carry functions, so value formatting is
 * described by an extra top-level `bc` key ({ valuePrefix, decimals, totalLabel }) that this
 * element turns into ApexCharts formatter callbacks before handing the config over.
 * Colours may be CSS custom properties (`var(--lumo-primary-color)`): SVG attributes do not
 * resolve var(), so they are resolved here against the host's computed style, which lets a
 * tenant's brand colour set at runtime reach the chart.
 *
 * Names in a chart are typed by people (workspaces, sites, departments), and ApexCharts writes
 * some texts as HTML (tooltip titles and series names, legend entries, the x-axis tooltip) while
 * drawing the rest as SVG text. Every text that can reach one of those HTML places goes through
 * a formatter here that escapes it, so markup in a name is shown, never run.
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import ApexCharts from 'apexcharts';

type Json = Record<string, any>;

/** A text made safe for ApexCharts' innerHTML writes: it shows exactly as typed. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

interface BcOptions {
  valuePrefix?: string;
  decimals?: number;
  totalLabel?: string | null;
  /** BCP 47 tag of the reader's language in the tenant (digit grouping, currency placement). */
  locale?: string;
  /** ISO 4217 code: values are amounts of money, formatted as the locale writes that currency. */
  currency?: string;
}

/** The narrowest room a category label (a date, a month) needs before the next one may be drawn. */
const LABEL_ROOM_PX = 72;

export class BcApexChart extends LitElement {
  static properties = {
    config: { type: String },
  };

  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 120px;
    }
    /* ApexCharts sizes itself from the parent of its element, so give it a real element parent. */
    .wrap {
      width: 100%;
      height: 100%;
    }
    .apexcharts-tooltip {
      font-family: inherit;
    }
  `;

  declare config: string;

  private chart?: ApexCharts;
  private chartType?: string;
  private hadData = false;
  private categories: string[] = [];
  // Only every n-th category label is drawn, so dates never print on top of each other; read by
  // the label formatter at every draw and recomputed when the width changes.
  private labelStep = 1;
  // ApexCharts ignores parent resizes that happen during its first animation (e.g. an app
  // layout's drawer opening just after the view renders) and then stays too wide or narrow:
  // watch the host ourselves and redraw whenever the drawing no longer matches its width.
  private readonly resizeObserver = new ResizeObserver(() => this.checkSize());

  constructor() {
    super();
    this.config = '';
  }

  render() {
    return html`<div class="wrap"><div class="chart"></div></div>`;
  }

  updated(changed: PropertyValues<this>) {
    if (changed.has('config')) {
      this.renderChart();
    }
  }

  connectedCallback() {
    super.connectedCallback();
    this.resizeObserver.observe(this);
    // Vaadin detaches and re-attaches elements (navigation, layout changes): redraw on return.
    if (this.hasUpdated && !this.chart) {
      this.renderChart();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.destroyChart();
  }

  private destroyChart() {
    this.chart?.destroy();
    this.chart = undefined;
    this.chartType = undefined;
  }

  private renderChart() {
    const target = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (!target || !this.isConnected) {
      return;
    }
    let options: Json;
    try {
      options = this.config ? JSON.parse(this.config) : {};
    } catch (e) {
      console.error('bc-apex-chart: invalid config JSON', e);
      return;
    }
    options = this.toApexOptions(options);
    const type = options.chart?.type as string | undefined;
    const hasData = Array.isArray(options.series) && options.series.length > 0;

    if (this.chart && this.chartType === type && this.hadData && hasData) {
      // Same kind of chart: animate to the new data instead of redrawing from scratch.
      this.chart.updateOptions(options, true, true);
    } else {
      this.destroyChart();
      target.replaceChildren();
      this.chart = new ApexCharts(target, options);
      this.chartType = type;
      this.chart.render().then(() => this.checkSize());
    }
    this.hadData = hasData;
  }

  private checkSize() {
    const svg = this.renderRoot.querySelector('svg.apexcharts-svg');
    const width = Math.round(this.getBoundingClientRect().width);
    if (!this.chart || !svg || width === 0) {
      return;
    }
    const step = this.labelStepFor(width);
    if (step !== this.labelStep) {
      this.labelStep = step;
      this.chart.updateOptions({}, true, false);
    }
    if (Math.abs(Number(svg.getAttribute('width')) - width) > 1) {
      // What ApexCharts itself runs on a window resize (debounced, re-measures the element);
      // updateOptions() would redraw at the old size.
      const chart = this.chart as unknown as { _windowResize?: () => void };
      if (chart._windowResize) {
        chart._windowResize();
      } else {
        window.dispatchEvent(new Event('resize'));
      }
    }
  }

  private labelStepFor(width: number): number {
    const room = Math.max(2, Math.floor(width / LABEL_ROOM_PX));
    return this.categories.length > room ? Math.ceil(this.categories.length / room) : 1;
  }

  private toApexOptions(options: Json): Json {
    const bc: BcOptions = options.bc ?? {};
    delete options.bc;
    this.categories = Array.isArray(options.xaxis?.categories) ? options.xaxis.categories.map(String) : [];
    this.labelStep = this.labelStepFor(Math.round(this.getBoundingClientRect().width));

    if (Array.isArray(options.colors)) {
      options.colors = options.colors.map((c: string) => this.resolveColour(c));
    }

    const decimals = bc.decimals ?? 0;
    const prefix = bc.valuePrefix ?? '';
    const locale = this.supportedLocale(bc.locale);
    const number = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    const money = bc.currency
      ? new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: bc.currency,
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        })
      : undefined;
    const format = (v: unknown) => {
      if (v === null || v === undefined || typeof v !== 'number' || Number.isNaN(v)) {
        return '';
      }
      if (money) {
        return money.format(v);
      }
      return (v < 0 ? '-' : '') + prefix + number.format(Math.abs(v));
    };
    // The value text also lands in the tooltip's HTML (and the prefix is configuration).
    const safeFormat = (v: unknown) => escapeHtml(format(v));

    const type = options.chart?.type;
    // Resizing is handled by our own observer (see resizeObserver).
    (options.chart ??= {}).redrawOnParentResize = false;
    options.tooltip = {
      ...(options.tooltip ?? {}),
      // ApexCharts' own title formatter appends ': ' to a series name.
      y: { formatter: safeFormat, title: { formatter: (name: unknown) => (name ? escapeHtml(name) + ': ' : '') } },
    };
    options.legend = { ...(options.legend ?? {}), formatter: (name: unknown) => escapeHtml(name) };
    if (type === 'donut') {
      const donut = (((options.plotOptions ??= {}).pie ??= {}).donut ??= {});
      const labels = (donut.labels ??= {});
      labels.value = { ...(labels.value ?? {}), formatter: (v: string) => format(Number(v)) };
      if (bc.totalLabel) {
        labels.show = true;
        labels.total = {
          ...(labels.total ?? {}),
          show: true,
          label: bc.totalLabel,
          formatter: (w: any) =>
            format((w.globals.seriesTotals as number[]).reduce((a, b) => a + b, 0)),
        };
      }
    } else {
      // For horizontal bars the value axis is the x axis.
      const horizontal = options.plotOptions?.bar?.horizontal === true;
      const axisKey = horizontal ? 'xaxis' : 'yaxis';
      const axis = (options[axisKey] ??= {});
      axis.labels = { ...(axis.labels ?? {}), formatter: format };
      options.dataLabels = { ...(options.dataLabels ?? {}), formatter: format };
      // The hovered category becomes the tooltip's title and the x-axis tooltip, both HTML.
      options.tooltip.x = { ...(options.tooltip.x ?? {}), formatter: (v: unknown) => escapeHtml(v) };
      const xaxis = (options.xaxis ??= {});
      xaxis.tooltip = { ...(xaxis.tooltip ?? {}), formatter: (v: unknown) => escapeHtml(v) };
      if (!horizontal) {
        // Drawn as SVG text, not HTML. Thinned rather than rotated: a slanted date is hard to read.
        xaxis.labels = {
          ...(xaxis.labels ?? {}),
          rotate: 0,
          hideOverlappingLabels: true,
          trim: true,
          formatter: (v: unknown, _timestamp?: unknown, opts?: { i?: number }) => {
            const index = typeof opts?.i === 'number' ? opts.i : this.categories.indexOf(String(v));
            return this.labelStep > 1 && index >= 0 && index % this.labelStep !== 0 ? '' : String(v ?? '');
          },
        };
      }
    }
    return options;
  }

  private supportedLocale(tag?: string): string | undefined {
    try {
      return tag && Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : undefined;
    } catch {
      return undefined;
    }
  }

  private resolveColour(colour: string): string {
    if (!colour.includes('var(')) {
      return colour;
    }
    // Custom properties may hold light-dark() or other values SVG attributes and ApexCharts'
    // colour maths do not understand: let the browser compute a plain rgb() colour.
    const probe = document.createElement('span');
    probe.style.display = 'none';
    probe.style.color = colour;
    this.renderRoot.appendChild(probe);
    const resolved = getComputedStyle(probe).color;
    probe.remove();
    return resolved || colour;
  }
}

if (!customElements.get('bc-apex-chart')) {
  customElements.define('bc-apex-chart', BcApexChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-apex-chart': BcApexChart;
  }
}
