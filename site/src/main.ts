/** Entry of the validator page: styles, then the first render. */
import "./styles.css";
import { render } from "./app.js";

render();
