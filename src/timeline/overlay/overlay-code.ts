/**
 * What the chart lays over its marks once they are on screen: label placement, the mark
 * buttons, the tooltip, the arcs of the open event, and the keyboard's way between the marks
 * (keys come to the buttons). One chunk, fetched when the first marks have painted
 * (load-overlay.ts, plot.tsx): the first marks never wait for its code.
 */
import { arcsFrom } from '../layout/arcs';
import {
  arrowTargets,
  isArrowMove,
  moveForKey,
  navigate,
  nearestItem,
  neighbours,
  stepOnWalk,
  walkAround,
} from '../layout/navigation';
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
  keys: {
    arrowTargets,
    isArrowMove,
    moveForKey,
    navigate,
    nearestItem,
    neighbours,
    stepOnWalk,
    walkAround,
  },
  ArcLayer,
  FocusLayer,
  LabelLayer,
  TooltipHost,
};

export type OverlayCode = typeof overlayCode;
