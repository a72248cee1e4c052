import fs from "node:fs";
import { validateImplementationItem as fast } from "./generated/v1/fast-validators.js";
import { validateImplementationItem as full } from "./generated/v1/validators.js";
import { checkItem } from "./src/validate/run-rules.js";
const cat = JSON.parse(fs.readFileSync("examples/4-county-gusu.json","utf8"));
const lines = cat.items.map((i:any)=>JSON.stringify(i));
const N=200000;
let t=performance.now(); let objs:any[]=[];
for(let i=0;i<N;i++){ objs.push(JSON.parse(lines[i%lines.length])); }
console.log("parse us", (performance.now()-t)*1000/N);
t=performance.now(); for(let i=0;i<N;i++) fast(objs[i]); console.log("fast us", (performance.now()-t)*1000/N);
t=performance.now(); for(let i=0;i<N;i++) full(objs[i]); console.log("full us", (performance.now()-t)*1000/N);
t=performance.now(); for(let i=0;i<N;i++) checkItem(objs[i],{kind:"implementation"},"","zh-CN"); console.log("rules us", (performance.now()-t)*1000/N);
