// The script-tag entry (dist/cookiegate.js): one file with the core, gating, integrations, the
// interface, its CSS and English texts, as DESIGN.md's contract says. The interface renders only
// when it must show, so a returning visitor's page runs no preact on load. Nothing imports this file.
import { startEmbed } from './embed/start';
import { interfaceLoader } from './embed/interface';

const script = document.currentScript as HTMLScriptElement | null;
startEmbed(script, (consent, onMounted) => interfaceLoader(consent, script, onMounted));
