import fs from 'node:fs'; import zlib from 'node:zlib';
const code=fs.readFileSync('.o/cookiegate.js','utf8'); const map=JSON.parse(fs.readFileSync('.o/cookiegate.js.map','utf8'));
const B='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(s){const out=[];let v=0,sh=0;for(const c of s){let d=B.indexOf(c);const cont=d&32;d&=31;v+=d<<sh;if(cont)sh+=5;else{out.push(v&1?-(v>>>1):v>>>1);v=0;sh=0;}}return out;}
const lines=code.split('\n'); let src=0; const segs=[];
map.mappings.split(';').forEach((ln,li)=>{let col=0;for(const seg of ln.split(',')){if(!seg)continue;const f=vlq(seg);col+=f[0];if(f.length>1){src+=f[1];segs.push([li,col,src]);}}});
const txt={};
for(let i=0;i<segs.length;i++){const [l,c,s]=segs[i];const n=segs[i+1];const end=n&&n[0]===l?n[1]:lines[l].length;const name=map.sources[s].replace(/^\.\.\//,'');txt[name]=(txt[name]||'')+lines[l].slice(c,end);}
const total=zlib.brotliCompressSync(code).length;
// marginal brotli: total minus brotli of code with that module's text removed — approximate via proportional share
let sumRaw=0; for(const v of Object.values(txt)) sumRaw+=v.length;
const rows=Object.entries(txt).map(([k,v])=>[k,v.length,zlib.brotliCompressSync(v).length]).sort((a,b)=>b[1]-a[1]);
for(const r of rows)console.log(String(r[1]).padStart(6),String(r[2]).padStart(6),r[0]);
console.log('total raw',code.length,'mapped',sumRaw,'brotli',total);
