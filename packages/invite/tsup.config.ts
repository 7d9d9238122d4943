import { libraryBuild } from "../../config/tsup.base.js";

export default libraryBuild();
