import type { Texts } from '../core/texts';

/** Spanish texts: `import es from 'cookiegate/i18n/es'`, or `dist/i18n/es.js` for the script tag. */
const es: Texts = {
  lang: 'es',
  bannerLabel: 'Consentimiento de cookies',
  bannerTitle: 'Usamos cookies',
  bannerText:
    'Usamos cookies estrictamente necesarias para que este sitio funcione. Con su permiso, también queremos instalar cookies analíticas que nos ayudan a mejorarlo. Puede aceptarlas, rechazarlas o elegir para cada finalidad.',
  bannerTextStatistics:
    'Usamos cookies estrictamente necesarias para que este sitio funcione y cookies de estadística que cuentan las visitas para que podamos mejorarlo. Puede oponerse a las estadísticas en cualquier momento, sin coste, o elegir para cada finalidad.',
  policyLink: 'Política de cookies',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  managePreferences: 'Gestionar preferencias',
  preferencesTitle: 'Preferencias de cookies',
  preferencesText:
    'Elija qué cookies podemos usar. Las cookies estrictamente necesarias están siempre activas. Puede cambiar de opinión en cualquier momento.',
  savePreferences: 'Guardar preferencias',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  gpcHonoured: 'Desactivadas porque su navegador envía una señal Global Privacy Control (GPC).',
  showCookies: 'Cookies utilizadas',
  cookieName: 'Nombre',
  cookieProvider: 'Proveedor',
  cookiePurpose: 'Finalidad',
  cookieContent: 'Contenido',
  cookieExpires: 'Caducidad',
  noCookies: 'No hay cookies en esta categoría.',
  consentId: 'Identificador de su consentimiento: {id} ({date})',
  reopen: 'Preferencias de cookies',
  objectToStatistics: 'Oponerme a las estadísticas',
  necessaryTitle: 'Estrictamente necesarias',
  necessaryDescription: 'Imprescindibles para que el sitio funcione. No se pueden desactivar.',
  analyticsTitle: 'Analíticas',
  analyticsDescription: 'Nos ayudan a entender cómo se usa el sitio para poder mejorarlo.',
  marketingTitle: 'Publicidad',
  marketingDescription: 'Sirven para mostrarle publicidad relevante en otros sitios.',
  functionalTitle: 'Funcionales',
  functionalDescription: 'Recuerdan sus elecciones, como el idioma, para mejorar su experiencia.',
  placeholderText: 'Este contenido de {provider} no se muestra porque {provider} instala cookies en su dispositivo.',
  placeholderLoad: 'Cargar contenido de {provider}',
  placeholderLoadCategory: 'Cargar contenido (permite todas las cookies de {category})',
  placeholderPreferences: 'Preferencias de cookies',
};

export default es;
