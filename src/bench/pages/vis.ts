// Bare vis-timeline (see vis-page.ts).
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { benchDataset, benchTimeline } from './vis-page.ts';

benchTimeline(document.getElementById('vis')!, await benchDataset());
