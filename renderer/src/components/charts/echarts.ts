import { BarChart as Bars } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the app draws (bars on a grid, SVG), so the chunk stays small. Loaded
 * by a dynamic import when a chart first shows, in staff screens only.
 */
echarts.use([Bars, GridComponent, SVGRenderer]);

export const { init } = echarts;
export type { ECharts, EChartsCoreOption } from 'echarts/core';
