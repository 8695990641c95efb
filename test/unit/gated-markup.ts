/** A gated tag as a site writes it: `<script type="text/plain" data-category=…>`, appended to <body>. */
export function gatedScript(attrs: Record<string, string>, text = ''): HTMLScriptElement {
  const s = document.createElement('script');
  s.type = 'text/plain';
  for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
  s.text = text;
  document.body.append(s);
  return s;
}
