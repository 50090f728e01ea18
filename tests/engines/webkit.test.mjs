// WebKitGTK (Debian's webkit2gtk-driver and MiniBrowser, on a virtual X display): the reader journeys.
import { journeys } from './journeys.mjs';

journeys('webkit');
