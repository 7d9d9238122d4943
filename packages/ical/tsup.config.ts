import { libraryBuild } from "../../config/tsup.base";

export default libraryBuild();
