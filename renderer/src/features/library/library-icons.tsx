import { Svg, type IconProps } from '../../components/icons';

/** The reading room's line icons, in the shell's icon frame. */
export const BookshelfIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M3 20.5h18" />
    <path d="M4.5 20.5V6h3.5v14.5M8 20.5V4h3.5v16.5" />
    <path d="m13 7.5 3.3-1 4 13.8-3.3 1Z" />
  </Svg>
);

export const SparkIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 3v4M12 17v4M3 12h4M17 12h4M5.6 5.6l2.8 2.8M15.6 15.6l2.8 2.8M5.6 18.4l2.8-2.8M15.6 8.4l2.8-2.8" />
  </Svg>
);

export const FlameIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 21c-4 0-7-2.7-7-6.6 0-3.5 2.6-5.6 3.6-8.4.9 1.6 1.6 2.4 2.6 3C11.6 6.4 12.6 4.2 14.5 3c-.2 3 1.4 4.4 2.8 6.2 1.1 1.4 1.7 3 1.7 5.2 0 3.9-3 6.6-7 6.6Z" />
  </Svg>
);

export const ListIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M9 6h11M9 12h11M9 18h11" />
    <path d="M4 6h.5M4 12h.5M4 18h.5" />
  </Svg>
);

export const ScanIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 8V4h4M16 4h4v4M20 16v4h-4M8 20H4v-4" />
    <path d="M8 8v8M11 8v8M14 8v8M17 8v8" />
  </Svg>
);

export const BackIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M10 5 3 12l7 7" />
    <path d="M3 12h18" />
  </Svg>
);
