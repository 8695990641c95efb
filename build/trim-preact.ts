import type { Plugin } from 'rollup';

/**
 * What the script-tag bundles leave out of preact 10.29.8 (pinned in package.json), as cuts in its
 * minified `dist/preact.module.js`. cookiegate's interface is function components without hooks,
 * state, refs, context, style objects or SVG, re-rendered only by `render()` from the top; and it
 * renders text, never HTML (DESIGN.md). What no such tree can reach only cost bytes: 1,625 B brotli
 * of the one tag (14,320 → 12,695), which took it under vanilla-cookieconsent's 13,782 B.
 *
 * The npm builds (dist/index.js) are untouched: there preact is the site's own, from its bundler.
 * Each cut must match exactly `count` times (once by default), so a preact that changed fails the
 * build instead of shipping half a cut; every end-to-end test runs against the trimmed bundle.
 */
interface Cut {
  /** What goes, and why cookiegate never needs it. */
  why: string;
  from: string;
  to?: string;
  count?: number;
}

export const CUTS: readonly Cut[] = [
  {
    why: 'dangerouslySetInnerHTML: cookiegate renders text only; with these three, no innerHTML is left in the file',
    from: '"dangerouslySetInnerHTML"==s?p=y:',
  },
  { why: 'dangerouslySetInnerHTML (new props)', from: '"dangerouslySetInnerHTML"==s?h=y:' },
  {
    why: 'dangerouslySetInnerHTML (the innerHTML writes themselves)',
    from: 'if(h)c||p&&(h.__html==p.__html||h.__html==u.innerHTML)||(u.innerHTML=h.__html),t.__k=[];else if(p&&(u.innerHTML=""),L(',
    to: 'if(L(',
  },
  {
    why: 'Component#setState and #forceUpdate: no class components and no hooks, so nothing re-renders but render() (with them goes the render queue they feed)',
    from: 'C.prototype.setState=function(n,l){var u;u=null!=this.__s&&this.__s!=this.state?this.__s:this.__s=m({},this.state),"function"==typeof n&&(n=n(m({},u),this.props)),n&&m(u,n),null!=n&&this.__v&&(l&&this._sb.push(l),A(this))},C.prototype.forceUpdate=function(n){this.__v&&(this.__e=!0,n&&this.__h.push(n),A(this))},',
  },
  {
    why: "the render queue's scheduler and order (used by setState only)",
    from: 'o="function"==typeof Promise?Promise.prototype.then.bind(Promise.resolve()):setTimeout,e=function(n,l){return n.__v.__b-l.__v.__b},H.__r=0,',
  },
  {
    why: 'style objects and strings: cookiegate styles through its shadow root\'s style sheet, never a style prop',
    from: 'if("style"==l)if("string"==typeof u)n.style.cssText=u;else{if("string"==typeof t&&(n.style.cssText=t=""),t)for(l in t)u&&l in u||z(n.style,l,"");if(u)for(l in u)t&&u[l]==t[l]||z(n.style,l,u[l])}else if("o"==l[0]',
    to: 'if("o"==l[0]',
  },
  {
    why: 'SVG attribute names: no SVG in the interface',
    from: 'if("http://www.w3.org/2000/svg"==i)l=l.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if("width"!=l',
    to: 'if("width"!=l',
  },
  {
    why: 'SVG and MathML namespaces: every element is HTML',
    from: '"svg"==x?o="http://www.w3.org/2000/svg":"math"==x?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml")',
    to: 'o||(o="http://www.w3.org/1999/xhtml")',
  },
  { why: 'SVG foreignObject', from: '"foreignObject"==x?"http://www.w3.org/1999/xhtml":o,', to: 'o,' },
  // options hooks (preact/devtools, preact/hooks, preact/debug): nothing in the bundle sets them.
  { why: 'options.vnode hook', from: 'return null==o&&null!=l.vnode&&l.vnode(e),e', to: 'return e' },
  { why: 'options._diff hook', from: 'o=[f=u.__e=t.__e]),(s=l.__b)&&s(u);n:if(', to: 'o=[f=u.__e=t.__e]);n:if(' },
  { why: 'options._render hook', from: 'A=l.__r,H=0,', to: 'H=0,' },
  { why: 'options._render hook (its two calls)', from: 'A&&A(u),', count: 2 },
  { why: 'options.diffed hook', from: 'return(s=l.diffed)&&s(u),128&u.__u?void 0:f', to: 'return 128&u.__u?void 0:f' },
  { why: 'options.unmount hook', from: 'if(l.unmount&&l.unmount(n),(i=n.ref)', to: 'if((i=n.ref)' },
  { why: 'options._commit hook', from: 'l.__c&&l.__c(u,n),' },
  { why: 'options._root hook', from: 'l.__&&l.__(u,t),' },
  { why: 'options._hydrationMismatch hook', from: 'c&&(l.__m&&l.__m(t,e),c=!1)', to: 'c&&(c=!1)' },
  { why: 'options.event hook', from: 'return t(l.event?l.event(u):u)', to: 'return t(u)' },
  {
    why: 'error boundaries (componentDidCatch, getDerivedStateFromError): class components only; an error is thrown on as preact does without one',
    from: '__e:function(n,l,u,t){for(var i,r,o;l=l.__;)if((i=l.__c)&&!i.__)try{if((r=i.constructor)&&null!=r.getDerivedStateFromError&&(i.setState(r.getDerivedStateFromError(n)),o=i.__d),null!=i.componentDidCatch&&(i.componentDidCatch(n,t||{}),o=i.__d),o)return i.__E=i}catch(l){n=l}throw n}',
    to: '__e:function(n){throw n}',
  },
  { why: 'context (contextType)', from: 'I=(s=F.contextType)&&i[s.__c],P=s?I?I.props.value:s.__:i,', to: 'P=i,' },
  { why: 'context (subscribing to a provider)', from: 'I&&I.sub(p),' },
  { why: 'context (getChildContext)', from: 'null!=p.getChildContext&&(i=m(m({},i),p.getChildContext())),' },
  {
    why: 'Suspense (a thrown promise): no lazy components',
    from: 'if(n.then){for(u.__u|=c?160:128;f&&8==f.nodeType&&f.nextSibling;)f=f.nextSibling;null!=o&&(o[o.indexOf(f)]=null),u.__e=f}else if(null!=o)',
    to: 'if(null!=o)',
  },
  { why: 'Suspense (a thrown promise keeps the tree)', from: 'n.then||B(u),', to: 'B(u),' },
  {
    why: 'class components (a prototype with render, and their lifecycle methods): every component is a function',
    from: 'M=F.prototype&&F.prototype.render,',
    to: 'M=0,',
  },
  { why: 'refs (set on render): no ref props', from: 'p.ref&&h.ref!=p.ref&&(h.ref&&J(h.ref,null,p),a.push(p.ref,p.__c||v,p)),' },
  { why: 'refs (applied on commit)', from: 'for(var i=0;i<t.length;i++)J(t[i],t[++i],t[++i]);' },
  {
    why: 'refs (cleared on unmount), after the unmount hook went above',
    from: 'if((i=n.ref)&&(i.current&&i.current!=n.__e||J(i,null,u)),null!=(i=n.__c))',
    to: 'if(null!=(i=n.__c))',
  },
  { why: 'componentWillUnmount: class components only', from: 'if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(n){l.__e(n,u)}' },
  {
    why: 'defaultProps: no component declares them',
    from: 'if(arguments.length>2&&(e.children=arguments.length>3?n.call(arguments,2):t),"function"==typeof l&&null!=l.defaultProps)for(o in l.defaultProps)void 0===e[o]&&(e[o]=l.defaultProps[o]);',
    to: 'arguments.length>2&&(e.children=arguments.length>3?n.call(arguments,2):t);',
  },
  {
    why: 'shouldComponentUpdate: class components only',
    from: 'u.__v==t.__v||!p.__e&&null!=p.shouldComponentUpdate&&!1===p.shouldComponentUpdate(x,p.__s,P)',
    to: 'u.__v==t.__v',
  },
  { why: 'componentWillUpdate: class components only', from: 'null!=p.componentWillUpdate&&p.componentWillUpdate(x,p.__s,P),' },
  {
    why: 'the commit queue (componentDidMount, componentDidUpdate, setState callbacks, hook effects): nothing ever joins it',
    from: 'function D(n,u,t){n.some(function(u){try{n=u.__h,u.__h=[],n.some(function(n){n.call(u)})}catch(n){l.__e(n,u.__v)}})}',
    to: 'function D(){}',
  },
  // Hydration and rendering over existing DOM: cookiegate renders only into boxes it emptied (its
  // shadow root's, and declaration elements after replaceChildren()), and never hydrates.
  {
    why: 'render(): no replaceNode, no hydration, an empty container',
    from: 'o=(r="function"==typeof i)?null:i&&i.__k||t.__k,e=[],f=[],q(t,u=(!r&&i||t).__k=k(S,null,[u]),o||d,d,t.namespaceURI,!r&&i?[i]:o?null:t.firstChild?n.call(t.childNodes):null,e,!r&&i?i:o?o.__e:t.firstChild,r,f)',
    to: 'o=t.__k,e=[],f=[],q(t,u=t.__k=k(S,null,[u]),o||d,d,t.namespaceURI,null,e,o?o.__e:null,!1,f)',
  },
  { why: 'a suspended hydration resuming', from: '128&t.__u&&(c=!!(32&t.__u),o=[f=u.__e=t.__e]);' },
  {
    why: 'an error while hydrating',
    from: 'if(e.length=h,u.__v=null,c||null!=o){if(null!=o)for(j=o.length;j--;)b(o[j])}else u.__e=t.__e;',
    to: 'e.length=h,u.__v=null,u.__e=t.__e;',
  },
  { why: 'existing DOM to reuse (components)', from: 'null==o&&u.__v==t.__v?', to: 'u.__v==t.__v?' },
  {
    why: 'existing DOM to reuse (elements)',
    from: 'if(o||(o="http://www.w3.org/1999/xhtml"),null!=e)for(s=0;s<e.length;s++)if((y=e[s])&&"setAttribute"in y==!!x&&(x?y.localName==x:3==y.nodeType)){u=y,e[s]=null;break}if(null==u)',
    to: 'if(o||(o="http://www.w3.org/1999/xhtml"),null==u)',
  },
  { why: 'hydration (new elements)', from: 'u=document.createElementNS(o,x,k.is&&k),c&&(c=!1),e=null}', to: 'u=document.createElementNS(o,x,k.is&&k)}' },
  { why: 'hydration (text)', from: 'if(null==x)m===k||c&&u.data==k||(u.data=k);', to: 'if(null==x)m===k||(u.data=k);' },
  {
    why: 'hydration (attributes read back from the DOM)',
    from: 'if(e="textarea"==x&&null!=k.defaultValue?null:e&&n.call(u.childNodes),!c&&null!=e)for(m={},s=0;s<u.attributes.length;s++)m[(y=u.attributes[s]).name]=y.value;',
  },
  { why: 'hydration (event handlers only)', from: 'c&&"function"!=typeof y||m[s]===y', to: 'm[s]===y' },
  {
    why: 'existing children to reuse, and <template> contents: none in the interface',
    from: 'if(L("template"==t.type?u.content:u,g(v)?v:[v],t,i,r,o,e,f,e?e[0]:i.__k&&$(i,0),c,a),null!=e)for(s=e.length;s--;)b(e[s]);',
    to: 'L(u,g(v)?v:[v],t,i,r,o,null,f,i.__k&&$(i,0),!1,a);',
  },
  { why: 'hydration (value and checked)', from: 'c&&"textarea"!=x||(s="value",', to: '(s="value",' },
];

/** The file CUTS apply to: preact's ESM build, as the bundles resolve `preact`. */
export const PREACT_ESM = 'node_modules/preact/dist/preact.module.js';

/** Applies CUTS to the text of preact's ESM build; throws when preact no longer matches. */
export function trim(code: string): string {
  for (const { why, from, to = '', count = 1 } of CUTS) {
    const parts = code.split(from);
    if (parts.length - 1 !== count) throw new Error(`preact changed: expected ${count} of "${from.slice(0, 50)}…" (${why}), found ${parts.length - 1}`);
    code = parts.join(to);
  }
  if (code.includes('innerHTML')) throw new Error('preact still sets innerHTML');
  return code;
}

/** The rollup plugin applying CUTS to preact's ESM build, for the script-tag bundles. */
export function trimPreact(): Plugin {
  return {
    name: 'trim-preact',
    transform(code, id) {
      if (!id.endsWith(`/${PREACT_ESM}`)) return null;
      try {
        return { code: trim(code), map: null };
      } catch (e) {
        return this.error((e as Error).message);
      }
    },
  };
}
