import "./re/dataset";
