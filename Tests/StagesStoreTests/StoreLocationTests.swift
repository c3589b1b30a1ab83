import Foundation
import Testing
@testable import StagesStore

@Suite struct StoreLocationTests {
    @Test func explicitThenEnvironmentThenXDGThenHome() {
        let env = ["STAGES_STORE": "/srv/stages.json", "XDG_DATA_HOME": "/xdg", "HOME": "/home/c"]
        #expect(StoreLocation.resolve(explicit: "/tmp/s.json", environment: env).path == "/tmp/s.json")
        #expect(StoreLocation.resolve(explicit: nil, environment: env).path == "/srv/stages.json")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/c"]).path
                == "/xdg/stages/store.json")
        #expect(StoreLocation.resolve(explicit: nil, environment: ["HOME": "/home/c"]).path
                == "/home/c/.local/share/stages/store.json")
    }
}
