// Wording shared by gate and drift messages, so a share reads the same in every message.

export { percentOf } from '../report/percent.js';
