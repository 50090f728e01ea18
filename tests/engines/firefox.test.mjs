// Firefox ESR (Debian's firefox-esr, headless, through geckodriver): the reader journeys.
import { journeys } from './journeys.mjs';

journeys('firefox');
