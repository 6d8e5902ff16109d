#pragma once

namespace cv::sandbox {

class Router;
class SandboxContext;

// Parts of the fulfilment area, registered by registerRequestRoutes (requestsapi.cpp).
void registerTierRoutes(Router &router, SandboxContext &context); // tierapi.cpp
void registerConversationRoutes(Router &router, SandboxContext &context); // conversationsapi.cpp

} // namespace cv::sandbox
