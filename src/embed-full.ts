// The split install's full bundle (dist/cookiegate-full.js): dist/cookiegate.js plus the take-over
// from dist/cookiegate-loader.js, which fetches it from beside itself. Nothing imports this file.
import { startEmbed } from './embed/start';
import { interfaceLoader } from './embed/interface';
import { takeover } from './embed/takeover';

const script = document.currentScript as HTMLScriptElement | null;
startEmbed(script, (consent, takeOver) => interfaceLoader(consent, script, takeOver), takeover);
