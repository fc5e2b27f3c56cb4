/**
 * What the chart lays over its marks once they are on screen: label placement, the mark
 * buttons, the tooltip, the arcs of the open event and the keys' moves between the buttons
 * (layout/navigation.ts). One chunk, fetched when the first marks have painted (load-overlay.ts,
 * plot.tsx): the first marks never wait for its code.
 */
import { arcsFrom } from '../layout/arcs';
import * as navigation from '../layout/navigation';
import { laneRowsOf, placeSceneLabels } from '../layout/scene-labels';
import { ArcLayer } from './arc-layer';
import { FocusLayer } from './focus-layer';
import { createKeyRest } from './key-rest';
import { LabelLayer } from './label-layer';
import { TooltipHost } from './tooltip-host';

export const overlayCode = {
  arcsFrom,
  laneRowsOf,
  placeSceneLabels,
  createKeyRest,
  navigation,
  ArcLayer,
  FocusLayer,
  LabelLayer,
  TooltipHost,
};

export type OverlayCode = typeof overlayCode;
