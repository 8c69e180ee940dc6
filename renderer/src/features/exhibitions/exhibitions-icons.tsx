import { Svg, type IconProps } from '../../components/icons';

/** The exhibitions' line icons, in the shell's icon frame. */
export const ExhibitionIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="3" y="4" width="18" height="13" rx="1.5" />
    <path d="m6 14 4-4.5 3 3 2-2 3 3.5" />
    <circle cx="15.5" cy="8" r="1.3" />
    <path d="M8 21h8M12 17v4" />
  </Svg>
);

export const TimelineIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M2.5 12h19" />
    <path d="M6 12V7M12 12v7M18 12V5" />
    <circle cx="6" cy="6" r="1.2" />
    <circle cx="12" cy="20" r="1.2" />
    <circle cx="18" cy="4" r="1.2" />
  </Svg>
);

export const CloseIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M6 6l12 12M18 6 6 18" />
  </Svg>
);

export const Back10Icon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 12a8 8 0 1 0 2.4-5.7" />
    <path d="M4 3.5v4h4" />
    <path d="M10 10v5M13 10h2v5h-2z" />
  </Svg>
);

export const SubtitlesIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="2.5" y="5" width="19" height="14" rx="2" />
    <path d="M6 14h5M13 14h5M6 10.5h3M11 10.5h7" />
  </Svg>
);

export const ZoomInIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="10.5" cy="10.5" r="6.5" />
    <path d="m15.5 15.5 5 5M10.5 7.5v6M7.5 10.5h6" />
  </Svg>
);

export const ZoomOutIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="10.5" cy="10.5" r="6.5" />
    <path d="m15.5 15.5 5 5M7.5 10.5h6" />
  </Svg>
);
